// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace localrig::ui {

namespace {

// Translators this class installed carry this object name, so a second install() removes them first.
const QString kTranslatorName = QStringLiteral("localrigTranslator");

bool isSystemChoice(const QString& requested)
{
    return requested.isEmpty() || requested == u"system";
}

void removeInstalled(QCoreApplication& application)
{
    const auto translators = application.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void installFile(QCoreApplication& application, const QString& fileName, const QString& directory)
{
    auto translator = std::make_unique<QTranslator>(&application);
    translator->setObjectName(kTranslatorName);
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator.get())) {
        translator.release(); // owned by the application from here on
    }
}

} // namespace

QList<Translations::Language> Translations::available()
{
    // Each language in its own name, so a person can find theirs whatever the current language is.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

bool Translations::isAvailable(const QString& code)
{
    const auto languages = available();
    return std::any_of(languages.cbegin(), languages.cend(), [&](const Language& l) { return l.code == code; });
}

QString Translations::availableCodes()
{
    QStringList codes;
    for (const Language& language : available()) {
        codes.append(language.code);
    }
    return codes.join(QStringLiteral(", "));
}

QString Translations::resolve(const QString& requested)
{
    if (!isSystemChoice(requested)) {
        return isAvailable(requested) ? requested : QString();
    }
    // uiLanguages() lists BCP 47 names in order of preference, e.g. "de-AT", "de", "en-US".
    const QStringList system = QLocale::system().uiLanguages();
    for (QString name : system) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (name.startsWith(u"zh")) {
            // Simplified Chinese is what LocalRig ships; Traditional (zh_TW, zh_HK, zh_Hant) stays English.
            if (name == u"zh" || name.startsWith(u"zh_CN") || name.startsWith(u"zh_Hans") || name == u"zh_SG") {
                return QStringLiteral("zh_CN");
            }
            continue;
        }
        const QString base = name.section(QLatin1Char('_'), 0, 0);
        if (isAvailable(base)) {
            return base;
        }
    }
    return QStringLiteral("en");
}

QString Translations::install(QCoreApplication& application, const QString& language)
{
    const QString code = resolve(language);
    if (code.isEmpty()) {
        return {};
    }
    removeInstalled(application);
    // Installed first, so searched last: English plural forms ("1 machine", "2 machines") back every
    // language, and a string a translation lacks still reads right in English.
    installFile(application, QStringLiteral("localrig_en"), QStringLiteral(":/i18n"));
    if (code != u"en") {
        installFile(application, QStringLiteral("qtbase_%1").arg(code),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        installFile(application, QStringLiteral("localrig_%1").arg(code), QStringLiteral(":/i18n"));
    }
    QLocale::setDefault(isSystemChoice(language) ? QLocale::system() : QLocale(code));
    return code;
}

} // namespace localrig::ui
