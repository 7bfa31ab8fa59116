// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `localrig estimate` by catalog names shows a published measurement next to the estimated band.
#include "tests/cli/InProcessCli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using localrig::tests::Run;
using localrig::tests::run;

QStringList estimate(const char* model, const char* quant, const char* platform, const char* context)
{
    return {QStringLiteral("estimate"), QStringLiteral("--model"),   QLatin1String(model),
            QStringLiteral("--quant"),  QLatin1String(quant),        QStringLiteral("--platform"),
            QLatin1String(platform),    QStringLiteral("--context"), QLatin1String(context)};
}

} // namespace

class TestEstimateMeasured final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testJsonCarriesTheMeasurement();
    void testHumanOutputNamesTheSource();
    void testOtherBackendIsNamed();
    void testNoMeasurementFarFromItsContext();
    void testRawFiguresHaveNoMeasurement();

private:
    QTemporaryDir m_dir;
};

void TestEstimateMeasured::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c()); // figures without group separators: 3782.76, not 3,782.76
    QVERIFY(m_dir.isValid());
    // The shipped catalog: its measurements are db/catalog/measurements.csv.
    qputenv("LOCALRIG_CATALOG", QByteArray(LOCALRIG_CATALOG_FILE));
    qputenv("LOCALRIG_USER_DATABASE", m_dir.filePath(QStringLiteral("user.sqlite")).toUtf8());
}

void TestEstimateMeasured::testJsonCarriesTheMeasurement()
{
    const Run result = run(estimate("gpt-oss-20b", "MXFP4", "dgx_spark", "512") << QStringLiteral("--json"));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonObject measured = root.value(QStringLiteral("measured")).toObject();
    // measured-public.csv line 2: llama-bench tg32 = 84.10 t/s, pp2048 = 3782.76 t/s at depth 0.
    QCOMPARE(measured.value(QStringLiteral("decode_tps")).toDouble(), 84.1);
    QCOMPARE(measured.value(QStringLiteral("prefill_tps")).toDouble(), 3782.76);
    QCOMPARE(measured.value(QStringLiteral("prompt_tokens")).toInt(), 2048);
    QCOMPARE(measured.value(QStringLiteral("context")).toInt(), 0);
    QCOMPARE(measured.value(QStringLiteral("backend")).toString(), QStringLiteral("cuda"));
    QCOMPARE(measured.value(QStringLiteral("source")).toString(), QStringLiteral("llama.cpp benches"));
    QCOMPARE(measured.value(QStringLiteral("source_date")).toString(), QStringLiteral("2025-11-02"));
    QVERIFY(measured.value(QStringLiteral("source_url")).toString().endsWith(QStringLiteral("benches/dgx-spark.md")));
    // The estimate keeps its band beside it.
    const QJsonObject decode = root.value(QStringLiteral("decode_tps")).toObject();
    QVERIFY(decode.value(QStringLiteral("low")).toDouble() < decode.value(QStringLiteral("high")).toDouble());
}

void TestEstimateMeasured::testHumanOutputNamesTheSource()
{
    const Run result = run(estimate("gpt-oss-20b", "MXFP4", "dgx_spark", "512"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("; measured 84.1 tokens/s (llama.cpp benches, 2025-11-02)")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(
        QStringLiteral("Measured    at context 0 on CUDA, prefill 3782.76 tokens/s (2048-token prompt): https://")));
}

void TestEstimateMeasured::testOtherBackendIsNamed()
{
    // The RTX 3090 is a CUDA card in the catalog; Llama 3 8B Q4_0 was measured on it only with Vulkan.
    const Run result = run(estimate("llama3_8b", "q4_0", "rtx_3090", "1024"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(
        result.out.contains(QStringLiteral("; measured 146.73 tokens/s on Vulkan (llama.cpp PR #21024, 2026-05-15)")),
        qPrintable(result.out));
}

void TestEstimateMeasured::testNoMeasurementFarFromItsContext()
{
    // 8192 tokens: 8192 from the depth-0 row and 24576 from the 32768 row, both beyond 4096.
    const Run result = run(estimate("gpt-oss-20b", "MXFP4", "dgx_spark", "8192") << QStringLiteral("--json"));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(root.contains(QStringLiteral("measured")));
    QVERIFY(root.value(QStringLiteral("measured")).isNull());
    // 32768 finds the depth-32768 row: 59.85 t/s.
    const Run deep = run(estimate("gpt-oss-20b", "MXFP4", "dgx_spark", "32768") << QStringLiteral("--json"));
    QCOMPARE(QJsonDocument::fromJson(deep.out.toUtf8())
                 .object()
                 .value(QStringLiteral("measured"))
                 .toObject()
                 .value(QStringLiteral("decode_tps"))
                 .toDouble(),
             59.85);
    const Run human = run(estimate("gpt-oss-20b", "MXFP4", "dgx_spark", "8192"));
    QVERIFY(!human.out.contains(QStringLiteral("measured")));
}

void TestEstimateMeasured::testRawFiguresHaveNoMeasurement()
{
    const Run result
        = run({QStringLiteral("estimate"), QStringLiteral("--params"), QStringLiteral("8"), QStringLiteral("--bpw"),
               QStringLiteral("4.85"), QStringLiteral("--layers"), QStringLiteral("32"), QStringLiteral("--kv-heads"),
               QStringLiteral("8"), QStringLiteral("--head-dim"), QStringLiteral("128"), QStringLiteral("--memory-gb"),
               QStringLiteral("16"), QStringLiteral("--bandwidth"), QStringLiteral("120"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(root.contains(QStringLiteral("measured")));
    QVERIFY(root.value(QStringLiteral("measured")).isNull());
}

QTEST_GUILESS_MAIN(TestEstimateMeasured)
#include "tst_estimate_measured.moc"
