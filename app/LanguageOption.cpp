// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageOption.h"

#include "ui/Preferences.h"
#include "ui/Translations.h"

#include <QSettings>

#include <cstring>

namespace localrig::app {

LanguageOption LanguageOption::take(int& argc, char* argv[])
{
    LanguageOption option;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--lang") == 0) {
            option.given = true;
            option.code = i + 1 < argc ? QString::fromLocal8Bit(argv[++i]) : QString();
        } else if (std::strncmp(arg, "--lang=", 7) == 0) {
            option.given = true;
            option.code = QString::fromLocal8Bit(arg + 7);
        } else {
            argv[kept++] = argv[i];
        }
    }
    argc = kept;
    argv[argc] = nullptr; // argv is null-terminated, as main() received it
    return option;
}

bool LanguageOption::isUsable(QTextStream& err) const
{
    if (!given) {
        return true;
    }
    if (code.isEmpty()) {
        err << tr("localrig: --lang needs a language code (available: %1)").arg(ui::Translations::availableCodes())
            << Qt::endl;
        return false;
    }
    if (ui::Translations::resolve(code).isEmpty()) {
        err << tr("localrig: unknown language '%1' for --lang (available: %2)")
                   .arg(code, ui::Translations::availableCodes())
            << Qt::endl;
        return false;
    }
    return true;
}

void applyLanguage(QCoreApplication& application, const LanguageOption& option)
{
    if (option.given && !ui::Translations::install(application, option.code).isEmpty()) {
        return;
    }
    const QSettings settings;
    const QString preferred = ui::Preferences::load(settings).language;
    // A setting LocalRig does not ship (a hand-edited file, a language since removed) follows the system.
    if (ui::Translations::install(application, preferred).isEmpty()) {
        ui::Translations::install(application, QStringLiteral("system"));
    }
}

} // namespace localrig::app
