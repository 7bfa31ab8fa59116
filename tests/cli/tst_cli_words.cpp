// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: one word for one thing (machines), one unit for one quantity (binary GB, tokens/s), money through
// QLocale, a bare `estimate` that names both ways of calling it, and `tco` power from the catalog.
#include "tests/cli/InProcessCli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using localrig::tests::Run;
using localrig::tests::run;

QStringList estimate(const QString& machineOption, const QString& context)
{
    return {QStringLiteral("estimate"),
            QStringLiteral("--model"),
            QStringLiteral("Qwen3.6-35B-A3B"),
            machineOption,
            QStringLiteral("mbp14_m4pro_48"),
            QStringLiteral("--context"),
            context};
}

QStringList tco(const QStringList& extra)
{
    return QStringList{QStringLiteral("tco"), QStringLiteral("--hardware-usd"), QStringLiteral("2000"),
                       QStringLiteral("--api-usd-month"), QStringLiteral("150")}
    + extra;
}

QJsonObject json(const Run& result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

class TestCliWords final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testBareEstimateNamesBothWays();
    void testMachineAndPlatformAreTheSameOption();
    void testContextSuffixesInEstimate();
    void testEstimateSaysGbAndTokensPerSecond();
    void testHelpTextsSayMachine_data();
    void testHelpTextsSayMachine();
    void testTcoUsesTheMachinesCatalogPower();
    void testTcoSaysWhenElectricityIsLeftOut();
    void testTcoMoneyIsCurrencyFormatted();
    void testSuggestionsStartWithWhatWasTyped();
    void testAnUnambiguousPrefixIsAccepted();

private:
    QTemporaryDir m_dir;
};

void TestCliWords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    qputenv("LOCALRIG_CATALOG", QByteArray(LOCALRIG_CATALOG_FILE));
    qputenv("LOCALRIG_USER_DATABASE", m_dir.filePath(QStringLiteral("user.sqlite")).toUtf8());
}

void TestCliWords::testBareEstimateNamesBothWays()
{
    const Run result = run({QStringLiteral("estimate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QString line = result.err.trimmed();
    QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
    for (const char* option : {"--model", "--machine", "--params", "--bpw", "--memory-gb", "--bandwidth"}) {
        QVERIFY2(line.contains(QLatin1String(option)), qPrintable(line));
    }
}

void TestCliWords::testMachineAndPlatformAreTheSameOption()
{
    const Run machine = run(estimate(QStringLiteral("--machine"), QStringLiteral("8192")) << QStringLiteral("--json"));
    const Run platform
        = run(estimate(QStringLiteral("--platform"), QStringLiteral("8192")) << QStringLiteral("--json"));
    QCOMPARE(machine.exitCode, 0);
    QCOMPARE(platform.exitCode, 0);
    QCOMPARE(machine.out, platform.out);
    const Run half = run({QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("Qwen3.6-35B-A3B")});
    QCOMPARE(half.exitCode, 2);
    QVERIFY2(half.err.contains(QStringLiteral("--machine")), qPrintable(half.err));
}

void TestCliWords::testContextSuffixesInEstimate()
{
    // 128K = 128 x 1024 = 131072 tokens: the same KV cache either way.
    const Run suffixed = run(estimate(QStringLiteral("--machine"), QStringLiteral("128K")) << QStringLiteral("--json"));
    const Run plain = run(estimate(QStringLiteral("--machine"), QStringLiteral("131072")) << QStringLiteral("--json"));
    QCOMPARE(suffixed.exitCode, 0);
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(suffixed.out, plain.out);
    const Run small = run(estimate(QStringLiteral("--machine"), QStringLiteral("8192")) << QStringLiteral("--json"));
    const double kv128k
        = json(plain).value(QStringLiteral("memory")).toObject().value(QStringLiteral("kv_cache_bytes")).toDouble();
    const double kv8k
        = json(small).value(QStringLiteral("memory")).toObject().value(QStringLiteral("kv_cache_bytes")).toDouble();
    QVERIFY2(kv128k > kv8k, qPrintable(QStringLiteral("%1 vs %2").arg(kv128k).arg(kv8k)));
}

void TestCliWords::testEstimateSaysGbAndTokensPerSecond()
{
    const Run result = run(estimate(QStringLiteral("--machine"), QStringLiteral("32K")));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Memory (GB = 2³⁰ bytes, as RAM is sold)")), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QStringLiteral("GiB")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral(" tokens/s")), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QRegularExpression(QStringLiteral("\\bt/s\\b"))), qPrintable(result.out));
}

void TestCliWords::testHelpTextsSayMachine_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("estimate") << QStringLiteral("estimate");
    QTest::newRow("tco") << QStringLiteral("tco");
}

void TestCliWords::testHelpTextsSayMachine()
{
    QFETCH(QString, command);
    const Run result = run({command, QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("--machine, --platform <name>")), qPrintable(result.out));
    // "--platform" stays accepted, but no description calls a machine a platform.
    QString descriptions = result.out;
    descriptions.remove(QStringLiteral("--platform"));
    QVERIFY2(!descriptions.contains(QStringLiteral("platform"), Qt::CaseInsensitive), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QStringLiteral("GiB")), qPrintable(result.out));
}

void TestCliWords::testTcoUsesTheMachinesCatalogPower()
{
    // platforms.csv: rtx_5090 load_watts 575, the same as giving --watts 575.
    const Run catalog = run(tco({QStringLiteral("--machine"), QStringLiteral("rtx_5090"), QStringLiteral("--json")}));
    const Run given = run(tco({QStringLiteral("--watts"), QStringLiteral("575"), QStringLiteral("--json")}));
    QCOMPARE(catalog.exitCode, 0);
    QCOMPARE(given.exitCode, 0);
    QCOMPARE(json(catalog).value(QStringLiteral("load_watts")).toDouble(), 575.0);
    QCOMPARE(json(catalog).value(QStringLiteral("load_watts_source")).toString(), QStringLiteral("catalog"));
    QCOMPARE(json(given).value(QStringLiteral("load_watts_source")).toString(), QStringLiteral("option"));
    QCOMPARE(json(catalog).value(QStringLiteral("electricity_usd_per_month")).toDouble(),
             json(given).value(QStringLiteral("electricity_usd_per_month")).toDouble());
    QVERIFY(json(catalog).value(QStringLiteral("electricity_usd_per_month")).toDouble() > 0.0);
    // --watts wins over the catalog, and --platform is the same option.
    const Run both = run(tco({QStringLiteral("--platform"), QStringLiteral("rtx_5090"), QStringLiteral("--watts"),
                              QStringLiteral("100"), QStringLiteral("--json")}));
    QCOMPARE(json(both).value(QStringLiteral("load_watts")).toDouble(), 100.0);
    const Run text = run(tco({QStringLiteral("--machine"), QStringLiteral("rtx_5090")}));
    QVERIFY2(text.out.contains(QStringLiteral("575 W under load, from the catalog for GeForce RTX 5090")),
             qPrintable(text.out));
}

void TestCliWords::testTcoSaysWhenElectricityIsLeftOut()
{
    const Run none = run(tco({}));
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.startsWith(QStringLiteral("Electricity: left out")), qPrintable(none.out));
    QCOMPARE(json(run(tco({QStringLiteral("--json")}))).value(QStringLiteral("load_watts_source")).toString(),
             QStringLiteral("none"));
    // A machine the catalog has no load power for: left out, and why.
    const Run unknown = run(tco({QStringLiteral("--machine"), QStringLiteral("mbp14_m4pro_48")}));
    QCOMPARE(unknown.exitCode, 0);
    QVERIFY2(unknown.out.startsWith(QStringLiteral("Electricity: left out, the catalog has no load power for")),
             qPrintable(unknown.out));
    const Run missing = run(tco({QStringLiteral("--machine"), QStringLiteral("no-such-machine")}));
    QCOMPARE(missing.exitCode, 2);
}

void TestCliWords::testTcoMoneyIsCurrencyFormatted()
{
    // The C locale has no currency convention: US formatting, the symbol first ("$0.1648", never "0.1648$").
    const Run result = run(tco({QStringLiteral("--watts"), QStringLiteral("100")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("$0.1648 per kWh")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("API $5,400")), qPrintable(result.out));
    QVERIFY2(!result.out.contains(QRegularExpression(QStringLiteral("\\d\\$"))), qPrintable(result.out));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const Run german = run(tco({QStringLiteral("--watts"), QStringLiteral("100")}));
    QLocale::setDefault(QLocale::c());
    QVERIFY2(german.out.contains(QStringLiteral("5.400")), qPrintable(german.out));
    QVERIFY2(german.out.contains(QStringLiteral("0,1648")), qPrintable(german.out));
}

void TestCliWords::testSuggestionsStartWithWhatWasTyped()
{
    // use_cases.csv: "coding" begins coding-assistant (row 2) and coding-budget (row 3), so neither is taken
    // and both come first, in catalog order, before names that are merely a few edits away.
    const Run coding = run({QStringLiteral("recommend"), QStringLiteral("--workload"), QStringLiteral("coding")});
    QCOMPARE(coding.exitCode, 2);
    QVERIFY2(
        coding.err.contains(QStringLiteral("no workload named 'coding' (closest: coding-assistant, coding-budget,")),
        qPrintable(coding.err));
    // A machine is called a machine in the message, as everywhere else.
    const Run machine = run(estimate(QStringLiteral("--machine"), QStringLiteral("8192"))
                                .replaceInStrings(QStringLiteral("mbp14_m4pro_48"), QStringLiteral("geforce rtx 50")));
    QCOMPARE(machine.exitCode, 2);
    QVERIFY2(machine.err.contains(QStringLiteral("no machine named 'geforce rtx 50' (closest: GeForce RTX 50")),
             qPrintable(machine.err));
}

void TestCliWords::testAnUnambiguousPrefixIsAccepted()
{
    // models.csv has one Qwen3.6 model, so "Qwen3.6" is Qwen3.6-35B-A3B: the same estimate as the full name.
    QStringList prefix = estimate(QStringLiteral("--machine"), QStringLiteral("8192")) << QStringLiteral("--json");
    prefix.replaceInStrings(QStringLiteral("Qwen3.6-35B-A3B"), QStringLiteral("Qwen3.6"));
    const Run short_ = run(prefix);
    const Run full = run(estimate(QStringLiteral("--machine"), QStringLiteral("8192")) << QStringLiteral("--json"));
    QVERIFY2(short_.exitCode == 0, qPrintable(short_.err));
    QCOMPARE(short_.out, full.out);
    // "Qwen3" begins several models: not guessed, the Qwen3 models are suggested instead.
    prefix.replaceInStrings(QStringLiteral("Qwen3.6"), QStringLiteral("Qwen3"));
    const Run ambiguous = run(prefix);
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.err.contains(QStringLiteral("(closest: Qwen3")), qPrintable(ambiguous.err));
}

QTEST_GUILESS_MAIN(TestCliWords)
#include "tst_cli_words.moc"
