#pragma once

#include <QString>
#include <QStringList>

namespace studio::app {

// The name in `names` that `word` most likely misspells ("simulat" -> "simulate"): the only
// name it begins (at least 3 letters), else the nearest by edit distance (letters inserted,
// removed, replaced or swapped, case ignored) within about a third of its length. Empty when
// none is close.
QString closestName(const QString& word, const QStringList& names);

// The words `sdstudio WORD` may start with: every command's first word (once) and "help".
QStringList commandWords();

} // namespace studio::app
