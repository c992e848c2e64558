#pragma once

// The practice checklists' topics as people read them: the non-functional requirements, the
// deep-dive prompts and the self-assessed answers (core/practice/PracticeSession.h's keys).
#include <QString>

#include <string>

namespace studio::widgets {

// "hot_keys" -> "Hot keys", translated (context "Practice"); an unknown key as it is.
QString topicTitle(const std::string& topic);

} // namespace studio::widgets
