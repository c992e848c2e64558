#pragma once

#include <QLocale>

namespace studio::widgets::test {

// Sets the default locale for a test and restores the one before when it goes.
class LocaleGuard {
public:
    explicit LocaleGuard(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(m_previous); }
    LocaleGuard(const LocaleGuard&) = delete;
    LocaleGuard& operator=(const LocaleGuard&) = delete;

private:
    QLocale m_previous;
};

} // namespace studio::widgets::test
