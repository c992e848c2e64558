#include "CommandSuggestion.h"

#include "Commands.h"

#include <algorithm>
#include <vector>

namespace studio::app {

namespace {

constexpr qsizetype kMinPrefix = 3;

// Optimal string alignment distance: Levenshtein with adjacent swaps ("exprot" is 1 away).
qsizetype editDistance(const QString& a, const QString& b) {
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<qsizetype>> d(static_cast<std::size_t>(n + 1),
                                          std::vector<qsizetype>(static_cast<std::size_t>(m + 1)));
    const auto at = [&d](qsizetype i, qsizetype j) -> qsizetype& {
        return d[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
    };
    for (qsizetype i = 0; i <= n; ++i)
        at(i, 0) = i;
    for (qsizetype j = 0; j <= m; ++j)
        at(0, j) = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(n, m);
}

} // namespace

QString closestName(const QString& word, const QStringList& names) {
    const QString typed = word.toLower();
    if (typed.size() >= kMinPrefix) {
        QStringList prefixed;
        for (const QString& name : names)
            if (name.startsWith(typed) && name != typed)
                prefixed.append(name);
        if (prefixed.size() == 1)
            return prefixed.first();
    }
    // Words of 1 or 2 letters are too short to guess from.
    const qsizetype allowed = std::min<qsizetype>(2, typed.size() / 3);
    QString best;
    qsizetype bestDistance = allowed + 1;
    for (const QString& name : names) {
        const qsizetype distance = editDistance(typed, name.toLower());
        if (distance < bestDistance) {
            best = name;
            bestDistance = distance;
        }
    }
    return best;
}

QStringList commandWords() {
    QStringList words;
    for (const Command& command : commands()) {
        const QString first = command.name.section(u' ', 0, 0);
        if (!words.contains(first))
            words.append(first);
    }
    words.append(QStringLiteral("help"));
    return words;
}

} // namespace studio::app
