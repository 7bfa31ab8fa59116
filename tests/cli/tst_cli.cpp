// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandLine.h"
#include "core/SpeedCalibration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real binary, as a user runs it.
Run runBinary(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(LOCALRIG_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The same dispatcher in-process, with captured streams (KeePassXC TestCli).
Run runInProcess(QStringList arguments)
{
    arguments.prepend(QStringLiteral("localrig"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Run run;
    run.exitCode = localrig::app::runCommandLine(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    run.out = out.toUtf8();
    run.err = err.toUtf8();
    return run;
}

QStringList llama70bOn64GbMac()
{
    return {QStringLiteral("estimate"),    QStringLiteral("--params"),    QStringLiteral("70"),
            QStringLiteral("--bpw"),       QStringLiteral("4.85"),        QStringLiteral("--layers"),
            QStringLiteral("80"),          QStringLiteral("--kv-heads"),  QStringLiteral("8"),
            QStringLiteral("--head-dim"),  QStringLiteral("128"),         QStringLiteral("--context"),
            QStringLiteral("8192"),        QStringLiteral("--memory-gb"), QStringLiteral("64"),
            QStringLiteral("--bandwidth"), QStringLiteral("307"),         QStringLiteral("--json")};
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void testVersion();
    void testEstimateJsonHasTheDocumentedKeys();
    void testEstimateHumanOutput();
    void testEstimateDoesNotFitHasNoSpeed();
    void testTcoGuideExample();
    void testBadArgumentsExitTwoWithOneLine_data();
    void testBadArgumentsExitTwoWithOneLine();
};

void TestCli::testVersion()
{
    const Run run = runBinary({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("localrig ") + QByteArray(LOCALRIG_VERSION));
}

void TestCli::testEstimateJsonHasTheDocumentedKeys()
{
    const Run run = runBinary(llama70bOn64GbMac());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonObject memory = root.value(QStringLiteral("memory")).toObject();
    // Weights 70e9 * 4.85 / 8 = 42,437,500,000 B (guide: ~43 GB). KV 2*80*8*128*2*8192 = 2,684,354,560 B.
    // Overhead 0.5 GiB + 0.75 MiB * 32 default heads = 562,036,736 B. Total 45,683,891,296 B.
    QCOMPARE(memory.value(QStringLiteral("weights_bytes")).toDouble(), 42437500000.0);
    QCOMPARE(memory.value(QStringLiteral("kv_cache_bytes")).toDouble(), 2684354560.0);
    QCOMPARE(memory.value(QStringLiteral("overhead_bytes")).toDouble(), 562036736.0);
    QCOMPARE(memory.value(QStringLiteral("total_bytes")).toDouble(), 45683891296.0);
    QVERIFY(std::abs(memory.value(QStringLiteral("weights_bytes")).toDouble() / 43e9 - 1.0) <= 0.10);
    // 45.68e9 B = 42.55 GiB, under 0.75 * 64 GiB = 48 GiB.
    QCOMPARE(root.value(QStringLiteral("fit")).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("comfortable"));
    const QJsonObject decode = root.value(QStringLiteral("decode_tps")).toObject();
    // Expected = 1 / ((42.4375e9 + kv x 2.684e9) B / (eta x 307e9 B/s) + 80 layers x t_layer + t_fixed) with the
    // fitted constants (core/calibration/speed-calibration.csv: one eta for every backend, 1.0128, kv 1.5, t_layer
    // 92 us, t_fixed 0; a dense model has no linear-attention blocks, so lambda plays no part; no compute term
    // without --tflops -> 46.464e9 / 310.93e9 = 0.14944 + 80 x 92e-6 = 0.00736 s -> 0.15680 s, 6.38 t/s).
    const localrig::core::DecodeCalibration& metal
        = localrig::core::SpeedCalibration::fitted().decode(localrig::core::Backend::Metal, false);
    const double expected = decode.value(QStringLiteral("expected")).toDouble();
    QVERIFY(std::abs(expected
                     - 1.0
                         / ((42437500000.0 + metal.kvFactor * 2684354560.0) / (metal.efficiency * 307e9)
                            + 80 * metal.secondsPerLayer + metal.fixedSecondsPerToken))
            < 1e-6);
    QVERIFY(std::abs(expected - 6.38) < 0.01);
    QVERIFY(decode.value(QStringLiteral("low")).toDouble() < expected);
    QVERIFY(decode.value(QStringLiteral("high")).toDouble() > expected);
    QVERIFY(root.contains(QStringLiteral("prefill_tps")));
    QVERIFY(root.value(QStringLiteral("prefill_tps")).isNull()); // no --tflops given
}

void TestCli::testEstimateHumanOutput()
{
    QStringList arguments = llama70bOn64GbMac();
    arguments.removeLast(); // no --json
    const Run run = runInProcess(arguments);
    QCOMPARE(run.exitCode, 0);
    // 42,437,500,000 B = 39.5 GiB; total 42.5 GiB against 48.0 of 64.0 GiB.
    QVERIFY2(run.out.contains("Weights       39.5"), run.out.constData());
    QVERIFY2(run.out.contains("comfortable up to 48.0 of 64.0"), run.out.constData());
    QVERIFY(run.out.contains("Fit         Comfortable"));
    QVERIFY2(run.out.contains("Decode      6.4 tokens/s"), run.out.constData());
}

void TestCli::testEstimateDoesNotFitHasNoSpeed()
{
    QStringList arguments = llama70bOn64GbMac();
    arguments[arguments.indexOf(QStringLiteral("64"))] = QStringLiteral("16");
    const Run run = runInProcess(arguments);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("fit")).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("wont_fit"));
    QVERIFY(root.value(QStringLiteral("decode_tps")).isNull());
}

void TestCli::testTcoGuideExample()
{
    // $2,000 against $150/month: 13 * 150 = 1,950 < 2,000 <= 14 * 150 -> month 14 (13.3 months exactly).
    const Run run = runBinary({QStringLiteral("tco"), QStringLiteral("--hardware-usd"), QStringLiteral("2000"),
                               QStringLiteral("--api-usd-month"), QStringLiteral("150"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("break_even_month")).toInt(), 14);
    QCOMPARE(root.value(QStringLiteral("local_cumulative_usd")).toArray().size(), 37);
    QCOMPARE(root.value(QStringLiteral("api_cumulative_usd")).toArray().at(36).toDouble(), 5400.0);

    const Run never = runInProcess({QStringLiteral("tco"), QStringLiteral("--hardware-usd"), QStringLiteral("2000"),
                                    QStringLiteral("--api-usd-month"), QStringLiteral("10"), QStringLiteral("--json")});
    QCOMPARE(never.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(never.out).object().value(QStringLiteral("break_even_month")).isNull());
}

void TestCli::testBadArgumentsExitTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QStringList base = llama70bOn64GbMac();
    auto with = [&base](const QString& option, const QString& value) {
        QStringList copy = base;
        copy[copy.indexOf(option) + 1] = value;
        return copy;
    };
    QTest::newRow("text context") << with(QStringLiteral("--context"), QStringLiteral("abc")) << "--context";
    QTest::newRow("empty params") << with(QStringLiteral("--params"), QString()) << "--params";
    QTest::newRow("negative params") << with(QStringLiteral("--params"), QStringLiteral("-5")) << "parameters";
    QTest::newRow("NaN bandwidth") << with(QStringLiteral("--bandwidth"), QStringLiteral("nan")) << "--bandwidth";
    QTest::newRow("infinite memory") << with(QStringLiteral("--memory-gb"), QStringLiteral("inf")) << "--memory-gb";
    QTest::newRow("1e308 params") << with(QStringLiteral("--params"), QStringLiteral("1e308")) << "parameters";
    QTest::newRow("zero context") << with(QStringLiteral("--context"), QStringLiteral("0")) << "--context";
    QTest::newRow("very long text") << with(QStringLiteral("--bpw"), QString(5000, QLatin1Char('9'))) << "--bpw";
    QTest::newRow("unknown KV type") << (QStringList(base) << QStringLiteral("--kv-type") << QStringLiteral("q5"))
                                     << "KV cache type";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
    QTest::newRow("unknown option") << (QStringList(base) << QStringLiteral("--colour")) << "colour";
    QTest::newRow("tco without price") << QStringList{QStringLiteral("tco"), QStringLiteral("--api-usd-month"),
                                                      QStringLiteral("150")}
                                       << "--hardware-usd";
    QTest::newRow("tco 25 hours") << QStringList{QStringLiteral("tco"),  QStringLiteral("--hardware-usd"),
                                                 QStringLiteral("2000"), QStringLiteral("--api-usd-month"),
                                                 QStringLiteral("150"),  QStringLiteral("--hours-per-day"),
                                                 QStringLiteral("25")}
                                  << "hours per day";
}

void TestCli::testBadArgumentsExitTwoWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runBinary(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QByteArray line = run.err.trimmed();
    QVERIFY2(!line.isEmpty() && !line.contains('\n'), run.err.constData());
    QVERIFY2(line.contains(mentions.toUtf8()), line.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
