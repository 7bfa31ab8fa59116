// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/LocalrigProcess.h"
#include "ui/Translations.h"
#include "ui/Wording.h"

#include <QFile>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>

using localrig::ui::Translations;

namespace {

// The contexts lupdate files the sampled strings under (the class that calls tr()).
const char* const kMainWindow = "localrig::ui::MainWindow";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// The embedded .qm files load and translate; English gets its plural forms; --lang reaches the CLI.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void testEveryLanguageIsEmbedded_data();
    void testEveryLanguageIsEmbedded();
    void testSampleStrings_data();
    void testSampleStrings();
    void testEnglishPluralForms();
    void testResolve();
    void testUnknownLanguageKeepsTheCurrentOne();
    void testNumbersFollowAChosenLanguage();
    void testQtsOwnStringsFollow();
    void testCommandLineSpeaksGerman();
    void testCommandLineAcceptsLangAfterTheCommand();
    void testJsonStaysEnglish();
    void testUnknownLangIsABadArgument();

private:
    Run run(const QStringList& arguments) const;

    localrig::tests::LocalrigProcess m_localrig;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_localrig.isValid());
}

void TestTranslations::cleanup()
{
    // Back to no language chosen: the test runs under LC_ALL=C, where LocalRig falls back to English.
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("system")), QStringLiteral("en"));
}

void TestTranslations::testEveryLanguageIsEmbedded_data()
{
    QTest::addColumn<QString>("code");
    for (const Translations::Language& language : Translations::available()) {
        QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void TestTranslations::testEveryLanguageIsEmbedded()
{
    QFETCH(QString, code);
    QVERIFY2(QFile::exists(QStringLiteral(":/i18n/localrig_%1.qm").arg(code)), qPrintable(code));
    QCOMPARE(Translations::install(*QCoreApplication::instance(), code), code);
}

void TestTranslations::testSampleStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    const struct
    {
        const char* context;
        const char* source;
        const char* de;
        const char* fr;
        const char* zh;
    } samples[] = {
        {kMainWindow, "Plan", "Planen", "Planifier", "规划"},
        {kMainWindow, "Compare", "Vergleichen", "Comparer", "比较"},
        {kMainWindow, "&File", "&Datei", "&Fichier", "文件(&F)"},
        {"Wording", "Best value", "Bestes Preis-Leistungs-Verhältnis", "Meilleur rapport qualité-prix", "最佳性价比"},
        {"RecommendCommand", "Machines, best first:", "Rechner, die besten zuerst:",
         "Machines, les meilleures d’abord :", "机器（最佳优先）："},
    };
    for (const auto& s : samples) {
        const struct
        {
            const char* code;
            const char* expected;
        } rows[] = {{"de", s.de}, {"fr", s.fr}, {"zh_CN", s.zh}};
        for (const auto& row : rows) {
            QTest::addRow("%s %s %s", row.code, s.context, s.source)
                << QString::fromLatin1(row.code) << QByteArray(s.context) << QByteArray(s.source)
                << QString::fromUtf8(row.expected);
        }
    }
}

void TestTranslations::testSampleStrings()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QCOMPARE(Translations::install(*QCoreApplication::instance(), language), language);
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), expected);
}

void TestTranslations::testEnglishPluralForms()
{
    // Without a translator Qt only substitutes %n ("1 machine(s)"); localrig_en.qm gives the English forms.
    const char* source = " · %n machine(s)";
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(kMainWindow, source, nullptr, 1), QStringLiteral(" · 1 machine"));
    QCOMPARE(QCoreApplication::translate(kMainWindow, source, nullptr, 2), QStringLiteral(" · 2 machines"));
    QCOMPARE(QCoreApplication::translate("Wording", "Does not pay for itself within %n year(s).", nullptr, 1),
             QStringLiteral("Does not pay for itself within 1 year."));
    // French has two forms (0 and 1 singular), Chinese one.
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate(kMainWindow, source, nullptr, 1), QStringLiteral(" · 1 machine"));
    QCOMPARE(QCoreApplication::translate(kMainWindow, source, nullptr, 3), QStringLiteral(" · 3 machines"));
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate(kMainWindow, source, nullptr, 3), QString::fromUtf8(" · 3 台机器"));
}

void TestTranslations::testResolve()
{
    QCOMPARE(Translations::resolve(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Translations::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(Translations::resolve(QStringLiteral("xx")), QString());
    QCOMPARE(Translations::resolve(QStringLiteral("../../etc")), QString());
    // LC_ALL=C: no system language LocalRig ships, so English.
    QCOMPARE(Translations::resolve(QString()), QStringLiteral("en"));
    QCOMPARE(Translations::resolve(QStringLiteral("system")), QStringLiteral("en"));
    QCOMPARE(Translations::availableCodes(), QStringLiteral("en, de, fr, zh_CN"));
}

void TestTranslations::testUnknownLanguageKeepsTheCurrentOne()
{
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("xx")), QString());
    QCOMPARE(QCoreApplication::translate(kMainWindow, "Plan"), QStringLiteral("Planen"));
}

void TestTranslations::testNumbersFollowAChosenLanguage()
{
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    // German groups thousands with '.' and separates decimals with ','.
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QVERIFY2(localrig::ui::Wording::money(1234.0).startsWith(QStringLiteral("1.234")),
             qPrintable(localrig::ui::Wording::money(1234.0)));
    // Back to the system (C here): money reads the US way, as every other test expects.
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("system")), QStringLiteral("en"));
    QCOMPARE(localrig::ui::Wording::money(1234.0), QStringLiteral("$1,234"));
}

void TestTranslations::testQtsOwnStringsFollow()
{
    // Standard buttons come from Qt's qtbase_de.qm (Debian package qt6-translations-l10n), when present.
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
        QSKIP("qtbase_de.qm is not installed");
    }
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

Run TestTranslations::run(const QStringList& arguments) const
{
    const localrig::tests::LocalrigProcess::Run ran = m_localrig.run(arguments);
    return Run{ran.exitCode, QString::fromUtf8(ran.out), QString::fromUtf8(ran.err)};
}

void TestTranslations::testCommandLineSpeaksGerman()
{
    const Run result = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("recommend"),
                            QStringLiteral("--workload"), QStringLiteral("rag")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Rechner, die besten zuerst:")), qPrintable(result.out));
    QVERIFY(!result.out.contains(QStringLiteral("Machines, best first:")));
}

void TestTranslations::testCommandLineAcceptsLangAfterTheCommand()
{
    const Run result = run({QStringLiteral("recommend"), QStringLiteral("--workload"), QStringLiteral("rag"),
                            QStringLiteral("--lang=fr")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QString::fromUtf8("Machines, les meilleures d’abord :")), qPrintable(result.out));
}

void TestTranslations::testJsonStaysEnglish()
{
    const Run english = run(
        {QStringLiteral("recommend"), QStringLiteral("--workload"), QStringLiteral("rag"), QStringLiteral("--json")});
    const Run german = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("recommend"),
                            QStringLiteral("--workload"), QStringLiteral("rag"), QStringLiteral("--json")});
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(german.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(german.out.toUtf8()).isObject());
    QCOMPARE(german.out, english.out);
}

void TestTranslations::testUnknownLangIsABadArgument()
{
    const Run result = run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("recommend"),
                            QStringLiteral("--workload"), QStringLiteral("rag")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err, QStringLiteral("localrig: unknown language 'xx' for --lang (available: en, de, fr, zh_CN)\n"));
    // --lang with nothing after it would otherwise open the window in the system's language.
    const Run missing = run({QStringLiteral("--lang")});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err, QStringLiteral("localrig: --lang needs a language code (available: en, de, fr, zh_CN)\n"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
