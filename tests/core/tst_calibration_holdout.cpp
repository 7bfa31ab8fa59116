// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Calibration.h"
#include "core/CrossValidation.h"
#include "core/Units.h"
#include "core/ValidationReport.h"

#include <QTest>

#include <cmath>

using namespace localrig;
using namespace localrig::core;

namespace {

bool near(double actual, double expected, double relative = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

// A decode row at exactly t = bytes / (eta x BW): no overheads.
DecodeSample exact(const std::string& hardware, BackendFamily family, double gbs, double eta)
{
    DecodeSample s;
    s.hardwareKey = hardware;
    s.modelFamily = "m";
    s.family = family;
    s.weightBytes = s.bytesPerToken = s.fileBytes = 5e9;
    s.bandwidthBytes = gbs * 1e9;
    s.measuredTps = eta * s.bandwidthBytes / s.weightBytes;
    return s;
}

} // namespace

class TestCalibrationHoldout final : public QObject
{
    Q_OBJECT

private slots:
    void testModelFamily_data();
    void testModelFamily();
    void testCoverageJudgesEachRowByOtherGroups();
    void testDecodeComputeTermAddsToTheTime();
    void testFormsAreScoredByBothHoldouts();
    void testPrefillReportsMultiGpuRowsAsAGroup();
    void testExpertOffloadRowIsPredictedNotFitted();
};

void TestCalibrationHoldout::testModelFamily_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("family");
    QTest::newRow("version word") << "Llama 3.3 70B"
                                  << "llama 3";
    QTest::newRow("details dropped") << "Llama 3 8B (llama 8B)"
                                     << "llama 3";
    QTest::newRow("hyphenated") << "gpt-oss-120b"
                                << "gpt";
    QTest::newRow("coder is qwen3") << "Qwen3-Coder-30B-A3B"
                                    << "qwen3";
    QTest::newRow("LLaMA 1") << "LLaMA 13B"
                             << "llama";
    QTest::newRow("gemma") << "Gemma 3 4B (QAT)"
                           << "gemma 3";
    QTest::newRow("no version") << "Mistral Small 3.1 24B"
                                << "mistral";
}

void TestCalibrationHoldout::testModelFamily()
{
    QFETCH(QString, model);
    QFETCH(QString, family);
    QCOMPARE(QString::fromStdString(modelFamily(model.toStdString())), family);
}

void TestCalibrationHoldout::testCoverageJudgesEachRowByOtherGroups()
{
    // Eleven hardware in one cell: ten measured at exactly the prediction (ratio 1), one at twice it.
    // The odd row is judged by the other ten: p10 = p90 = 1, so 2 is outside. Each ratio-1 row is judged by
    // nine 1s and the 2: sorted, p90 sits at rank 8.1, 1 + 0.1 x (2 - 1) = 1.1; band [1, 1.1] holds 1.
    // Coverage = 10 / 11.
    std::vector<CrossValidatedDecode> rows;
    for (int i = 0; i < 11; ++i) {
        CrossValidatedDecode row;
        row.hardwareKey = "chip " + std::to_string(i);
        row.modelFamily = "m";
        row.measured = 100.0;
        row.predicted = row.predictedByFamily = row.globalConstant = row.globalByFamily = i == 0 ? 50.0 : 100.0;
        rows.push_back(row);
    }
    const std::vector<bool> inside = insideHeldOutBand(rows, Holdout::Hardware);
    QCOMPARE(inside.front(), false);
    QVERIFY(near(shareTrue(inside, std::vector<bool>(rows.size(), true)), 10.0 / 11.0));
    // Left out by model family there is one family only: no other rows, so the band is [1, 1].
    const std::vector<bool> byFamily = insideHeldOutBand(rows, Holdout::ModelFamily);
    QCOMPARE(byFamily[1], true);
    QCOMPARE(byFamily[0], false);
    const std::vector<GroupComparison> table = decodeComparisons(rows, Holdout::Hardware);
    QCOMPARE(table.back().backend, std::string("all"));
    QCOMPARE(table.back().calibrated.rows, 11);
    // APEs: ten 0 and one |50 - 100| / 100 = 0.5: median 0, p90 at rank 9 of sorted = 0.
    QCOMPARE(table.back().calibrated.medianApe, 0.0);
}

void TestCalibrationHoldout::testDecodeComputeTermAddsToTheTime()
{
    // eta 0.8 on 5 GB at 1000 GB/s = 6.25 ms, plus c = 4 x 2 x 8e9 / FLOPS: 0.32 ms at 200 TFLOPS, 6.4 ms at
    // 10 TFLOPS (12.65 ms in all, 79.05 t/s). With the form's c = 4, no layer time and no shrinkage the fit must find
    // eta 0.8 exactly.
    std::vector<DecodeSample> rows;
    for (double tflops : {200.0, 10.0, 50.0}) {
        DecodeSample row = exact("h" + std::to_string(rows.size()), BackendFamily::Cuda, 1000, 0.8);
        row.flops = tflops * 1e12;
        row.activeParams = 8e9;
        row.measuredTps = 1.0 / (6.25e-3 + 4.0 * 2.0 * 8e9 / row.flops);
        rows.push_back(row);
    }
    QVERIFY(near(rows[1].measuredTps, 1.0 / 12.65e-3, 1e-9));
    DecodeFitOptions options;
    options.form.shrinkRows = 0.0;
    options.form.kvFactor = false;
    options.form.moeEffect = false;
    options.form.perLayerTime = false;
    options.form.computeFactor = 4.0;
    auto fit = fitDecode(rows, options);
    QVERIFY(fit);
    QCOMPARE(fit.value().computeFactor, 4.0);
    QVERIFY(near(fit.value().efficiency(BackendFamily::Cuda, false), 0.8, 1e-6));
    for (const DecodeSample& row : rows) {
        QVERIFY(near(predictDecodeTps(fit.value(), row), row.measuredTps, 1e-6));
    }
}

void TestCalibrationHoldout::testFormsAreScoredByBothHoldouts()
{
    // Two CUDA chips at eta 0.8 and two Metal chips at 0.5: an unshrunk per-backend form predicts every chip
    // exactly from its sibling; one constant cannot (it averages the backends).
    const std::vector<DecodeSample> samples{
        exact("a", BackendFamily::Cuda, 1000, 0.8), exact("b", BackendFamily::Cuda, 500, 0.8),
        exact("c", BackendFamily::Metal, 400, 0.5), exact("d", BackendFamily::Metal, 800, 0.5)};
    const DecodeForm backend{"backend", false, false, false, true, false, false, false, 0.0};
    auto scores = compareForms(samples, {DecodeForm::globalConstant(), backend});
    QVERIFY(scores);
    QCOMPARE(scores.value().size(), std::size_t{2});
    QCOMPARE(scores.value()[0].freeParameters, 1);
    QCOMPARE(scores.value()[1].freeParameters, 3); // global + CUDA + Metal
    QVERIFY(scores.value()[1].byHardware.medianApe < 1e-6);
    QVERIFY(scores.value()[0].byHardware.medianApe > 0.1);
    // One model family only: no fold can leave it out, so nothing is scored that way.
    QCOMPARE(scores.value()[1].byFamily.rows, 0);
}

void TestCalibrationHoldout::testPrefillReportsMultiGpuRowsAsAGroup()
{
    // Four CUDA rows on four chips; two of them are 2-card rows. Measured 100; predicted 100, 100 (single cards) and
    // 80, 125 (multi): APEs |80 - 100| / 100 = 0.2 and |125 - 100| / 100 = 0.25 -> the multi group's median 0.225.
    std::vector<CrossValidatedPrefill> rows;
    const std::vector<double> predicted{100.0, 100.0, 80.0, 125.0};
    for (std::size_t i = 0; i < predicted.size(); ++i) {
        CrossValidatedPrefill row;
        row.hardwareKey = "chip " + std::to_string(i);
        row.modelFamily = "m";
        row.measured = 100.0;
        row.predicted = row.predictedByFamily = predicted[i];
        row.multiGpu = i >= 2;
        rows.push_back(row);
    }
    const std::vector<PrefillGroup> groups = prefillGroups(rows, Holdout::Hardware);
    // cuda (4 rows), multi (2 rows), all (4 rows), in that order.
    QCOMPARE(groups.size(), std::size_t{3});
    QCOMPARE(groups[1].backend, std::string("multi"));
    QCOMPARE(groups[1].prefill.rows, 2);
    QVERIFY(near(groups[1].prefill.medianApe, 0.225));
    QCOMPARE(groups[2].backend, std::string("all"));
    QCOMPARE(groups[2].prefill.rows, 4);
}

void TestCalibrationHoldout::testExpertOffloadRowIsPredictedNotFitted()
{
    // A toy MoE: 11 B parameters, 3.5 B active, 2 of 8 experts per token, 20 layers, a 5.5 GB Q4_K file
    // (0.5 B per parameter), 10 layers' experts in 50 GB/s system RAM (--n-cpu-moe 10) behind a 500 GB/s card.
    const auto parsed = parseMeasurements(
        "hardware,memory_gb,bandwidth_gbs,backend,model,params_b,active_params_b,quant,file_gib,context,pp_tokens_s,"
        "tg_tokens_s,source_url,notes,system_bandwidth_gbs,n_cpu_moe\n"
        "Toy GPU,8,500,CUDA,toy-moe,11,3.5,Q4_K_M,"
        + std::to_string(5.5e9 / gibToBytes(1.0))
        + ",0,,30,u,n,50,10\n"
          "Toy GPU,8,500,CUDA,toy-moe,11,3.5,Q4_K_M,1,0,,30,u,n,50,all\n"
          "Toy GPU,8,500,CUDA,toy-moe,11,3.5,Q4_K_M,1,0,,30,u,n,,\n");
    QVERIFY(parsed);
    QCOMPARE(*parsed.value()[0].cpuMoeLayers, 10);
    QCOMPARE(*parsed.value()[1].cpuMoeLayers, kAllMoeLayers);
    QVERIFY(!parsed.value()[2].expertOffload()); // old-style row: no offload columns filled
    const auto half = parseMeasurements(
        "hardware,memory_gb,bandwidth_gbs,backend,model,params_b,active_params_b,quant,file_gib,context,pp_tokens_s,"
        "tg_tokens_s,n_cpu_moe\nX,8,500,CUDA,m,11,3.5,Q4_0,1,0,,30,2.5\n");
    QVERIFY(!half); // half a layer is no --n-cpu-moe value

    ReferenceTables tables;
    ModelLayout layout;
    layout.modelKey = "toy-moe";
    layout.groups = {KvLayerGroup{20, 4, 128, 0, false}};
    layout.experts = 8;
    layout.expertsUsed = 2;
    tables.layouts.push_back(layout);
    const CalibrationSamples samples = samplesFrom({parsed.value()[0]}, tables);
    QCOMPARE(samples.decode.size(), std::size_t{1});
    const DecodeSample& s = samples.decode[0];
    QVERIFY(s.expertOffload);
    // experts = (11 - 3.5) / (1 - 2/8) = 10 B, a token uses 2/8 of them = 2.5 B params x 0.5 B = 1.25 GB, of which
    // 10 of 20 layers sit in RAM: 0.625 GB. The token reads 5.5 GB x 3.5 / 11 = 1.75 GB in all.
    QVERIFY(near(s.systemBytes, 0.625e9, 1e-6));
    QVERIFY(near(s.weightBytes, 1.75e9, 1e-6));

    // eta (CUDA) = 0.5; eta_cpu = 0.5 x 0.8 = 0.4; no per-layer or fixed time, depth 0 (no KV read).
    DecodeModel model;
    model.logGlobal = std::log(0.5);
    model.logBackend[3] = std::log(0.8); // the CPU family, fitted on one row
    model.backendRows[1] = 5;
    model.backendRows[3] = 1;
    // t = (1.75 - 0.625) GB / (0.5 x 500 GB/s) + 0.625 GB / (0.4 x 50 GB/s) = 4.5 ms + 31.25 ms = 35.75 ms
    // -> 1 / 0.03575 = 27.972 tokens/s.
    QVERIFY(near(predictDecodeTps(model, s), 1.0 / 0.03575, 1e-6));
    // No CPU row fitted: the system pool takes the sizing default for MoE, 0.45 (SpeedCalibration.cpp), as
    // estimateSpeed() does: 4.5 ms + 0.625 GB / (0.45 x 50 GB/s) = 4.5 + 27.778 ms -> 1 / 0.032278 = 30.98 tokens/s.
    model.backendRows[3] = 0;
    QVERIFY(near(predictDecodeTps(model, s), 1.0 / (0.0045 + 0.625e9 / (0.45 * 50e9)), 1e-6));

    // The offload row never enters the fit: one plain row (1 GB at 100 GB/s, 50 tokens/s -> eta 0.5) decides it.
    DecodeSample plain;
    plain.hardwareKey = "other";
    plain.weightBytes = plain.bytesPerToken = plain.fileBytes = 1e9;
    plain.bandwidthBytes = 100e9;
    plain.measuredTps = 50.0;
    DecodeFitOptions options;
    options.form = DecodeForm::globalConstant();
    const auto fit = fitDecode({plain, s}, options);
    QVERIFY(fit);
    QVERIFY(near(fit.value().efficiency(BackendFamily::Cuda, false), 0.5, 1e-9));
    QCOMPARE(fit.value().backendRows[1], 1);

    // Reported as the group "offload" only; the fitted rows' groups do not count it.
    CrossValidatedDecode fitted;
    fitted.hardwareKey = "other";
    fitted.measured = fitted.predicted = fitted.predictedByFamily = fitted.naive = 50.0;
    fitted.globalConstant = fitted.globalByFamily = 50.0;
    CrossValidatedDecode offload = fitted;
    offload.hardwareKey = "Toy GPU";
    offload.expertOffload = true;
    const std::vector<GroupComparison> groups = decodeComparisons({fitted}, Holdout::Hardware, {offload});
    int offloadRows = 0;
    for (const GroupComparison& g : groups) {
        QCOMPARE(g.calibrated.rows, 1);
        offloadRows += g.cls == "offload" ? 1 : 0;
    }
    QCOMPARE(offloadRows, 1);
}

QTEST_GUILESS_MAIN(TestCalibrationHoldout)
#include "tst_calibration_holdout.moc"
