// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the prefill fit (core/CalibrationPrefill.cpp) on hand-made rows whose answer is known.
#include "core/Calibration.h"

#include <QTest>

#include <cmath>

using namespace localrig;
using namespace localrig::core;

namespace {

bool near(double actual, double expected, double relative = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

PrefillSample prefillRow(const std::string& hardware, bool moe, double eta)
{
    // 100 TFLOPS, 2e9 FLOPs per token: measured = eta x 50,000 t/s.
    return PrefillSample{2, hardware, "m", hardware, BackendFamily::Cuda, 100e12, 1e9, 2e9, eta * 50000.0, moe};
}

// A dense row of `family` at eta 0.4 of 100 TFLOPS whose attention (`attention` FLOPs) costs `factor` x its FLOPs.
PrefillSample deepRow(BackendFamily family, double attention, double factor)
{
    PrefillSample row = prefillRow("h", false, 0.0);
    row.family = family;
    row.attentionFlops = attention;
    row.flopsPerToken = 2e9 + attention;
    row.measuredTps = 1.0 / ((2e9 + factor * attention) / (0.4 * 100e12));
    return row;
}

} // namespace

class TestPrefillFit final : public QObject
{
    Q_OBJECT

private slots:
    void testPrefillSeparatesMixtureOfExperts();
    void testPrefillFitsAttentionFactorAndStreamedWeights();
    void testEachFamilyChoosesItsAttentionFactor();
};

void TestPrefillFit::testPrefillSeparatesMixtureOfExperts()
{
    // Three dense rows keep 0.4 of peak, three MoE rows 0.2. Without shrinkage the family settles at ln 0.4
    // (fixed point of fam = median{ln 0.4 x3, (ln 0.2 - moe) x3}, moe = ln 0.2 - fam) and MoE at 0.2 / 0.4 = 0.5.
    std::vector<PrefillSample> rows;
    for (int i = 0; i < 3; ++i) {
        rows.push_back(prefillRow("d" + std::to_string(i), false, 0.4));
        rows.push_back(prefillRow("m" + std::to_string(i), true, 0.2));
    }
    const PrefillModel model = fitPrefill(rows, 0.0);
    QVERIFY(near(model.efficiency(BackendFamily::Cuda, false), 0.4, 1e-6));
    QVERIFY(near(std::exp(model.logMoe), 0.5, 1e-6));
    QCOMPARE(model.moeRows, 3);
    // 0.2 x 100e12 / 2e9 = 10,000 t/s for a MoE row.
    QVERIFY(near(*predictPrefillTps(model, rows[1]), 10000.0, 1e-6));
    // A family without rows takes the global (dense-equivalent) median.
    PrefillSample metal = rows[0];
    metal.family = BackendFamily::Metal;
    QVERIFY(near(*predictPrefillTps(model, metal), 20000.0, 1e-6));
    QVERIFY(!predictPrefillTps(fitPrefill({}), rows[0]));
}

void TestPrefillFit::testPrefillFitsAttentionFactorAndStreamedWeights()
{
    // eta 0.4 of 100 TFLOPS, 2e9 FLOPs per token of weights, attention costing 3x its FLOPs, and 1e-5 s of weights
    // streamed per token (a 5.12 GB file / (512 x 1 TB/s)). Rows at attention 0, 1e9 and 4e9 FLOPs:
    //   t = (2e9 + 3 x att) / (0.4 x 100e12) + 1e-5 = 60 us, 135 us, 360 us -> 16,666.7, 7,407.4, 2,777.8 t/s.
    std::vector<PrefillSample> rows;
    for (double attention : {0.0, 1e9, 4e9}) {
        PrefillSample row = prefillRow("h" + std::to_string(rows.size()), false, 0.0);
        row.attentionFlops = attention;
        row.flopsPerToken = 2e9 + attention;
        row.streamSeconds = 1e-5;
        row.measuredTps = 1.0 / ((2e9 + 3.0 * attention) / (0.4 * 100e12) + 1e-5);
        rows.push_back(row);
    }
    QVERIFY(near(rows[0].measuredTps, 16666.667, 1e-6));
    QVERIFY(near(rows[2].measuredTps, 2777.778, 1e-6));
    const PrefillModel model = fitPrefill(rows, 0.0);
    QCOMPARE(model.attentionFactor, 3.0);
    QVERIFY(model.streamWeights);
    QVERIFY(near(model.efficiency(BackendFamily::Cuda, false), 0.4, 1e-9));
    for (const PrefillSample& row : rows) {
        QVERIFY(near(*predictPrefillTps(model, row), row.measuredTps, 1e-9));
    }
}

void TestPrefillFit::testEachFamilyChoosesItsAttentionFactor()
{
    // CUDA's attention costs 1x its FLOPs (one shallow row, two at depth), ROCm/Vulkan's 4x (one shallow, four at
    // depth); both keep eta 0.4. On the grid {1, 4} the global factor is 4 (ROCm/Vulkan's four deep rows outweigh
    // CUDA's two). Each family then fits its own rows exactly at its own factor and is shrunk toward 4 in log by
    // deep / (deep + 2): CUDA exp(ln 4 + 2/4 x (ln 1 - ln 4)) = sqrt(4) = 2; ROCm/Vulkan keeps 4. Metal has no rows
    // at depth and keeps the global 4.
    std::vector<PrefillSample> rows{deepRow(BackendFamily::Cuda, 0.0, 1.0), deepRow(BackendFamily::Cuda, 1e9, 1.0),
                                    deepRow(BackendFamily::Cuda, 4e9, 1.0)};
    for (double attention : {0.0, 1e9, 2e9, 4e9, 8e9}) {
        rows.push_back(deepRow(BackendFamily::RocmVulkan, attention, 4.0));
    }
    // Depth = attention at least 10 % of the row's FLOPs: 1e9 / 3e9 qualifies, 0 does not.
    QVERIFY(rows[1].attentionFlops >= kDeepAttentionShare * rows[1].flopsPerToken);
    const PrefillModel model = fitPrefill(rows, 0.0, {1.0, 4.0});
    QCOMPARE(model.attentionFactor, 4.0);
    QCOMPARE(model.deepRows[static_cast<std::size_t>(BackendFamily::Cuda)], 2);
    QCOMPARE(model.deepRows[static_cast<std::size_t>(BackendFamily::RocmVulkan)], 4);
    QVERIFY(near(model.attention(BackendFamily::Cuda), 2.0));
    QVERIFY(near(model.attention(BackendFamily::RocmVulkan), 4.0));
    QCOMPARE(model.attention(BackendFamily::Metal), 4.0);
    // ROCm/Vulkan rows are then predicted exactly: (2e9 + 4 x 8e9) / (0.4 x 100e12) = 850 us -> 1,176.5 t/s.
    QVERIFY(near(model.efficiency(BackendFamily::RocmVulkan, false), 0.4, 1e-9));
    QVERIFY(near(*predictPrefillTps(model, rows.back()), 1.0 / 850e-6, 1e-9));
}

QTEST_GUILESS_MAIN(TestPrefillFit)
#include "tst_prefill_fit.moc"
