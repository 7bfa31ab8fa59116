// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Calibration.h"
#include "core/ModelSpec.h"
#include "core/SpeedCalibration.h"

#include <QTest>

#include <cmath>

using namespace localrig::core;

namespace {

bool near(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

// A row whose speed follows t = bytes / (eta x BW) + (blocks + (lambda - 1) x linear) x perLayer exactly.
DecodeSample exact(const std::string& hardware, double bytes, double gbs, int blocks, int linearBlocks)
{
    constexpr double kEta = 0.8;
    constexpr double kLayerSeconds = 40e-6;
    constexpr double kLambda = 3.0;
    DecodeSample s;
    s.hardwareKey = hardware;
    s.modelFamily = linearBlocks > 0 ? "hybrid" : "dense";
    s.label = hardware;
    s.family = BackendFamily::Cuda;
    s.kernel = QuantKernel::KQuant;
    s.weightBytes = bytes;
    s.bytesPerToken = bytes;
    s.fileBytes = bytes;
    s.layers = blocks;
    s.linearBlocks = linearBlocks;
    s.bandwidthBytes = gbs * 1e9;
    s.measuredTps
        = 1.0 / (bytes / (kEta * s.bandwidthBytes) + (blocks + (kLambda - 1.0) * linearBlocks) * kLayerSeconds);
    return s;
}

} // namespace

class TestDecodeFit final : public QObject
{
    Q_OBJECT

private slots:
    void testLinearBlocksOfAHybrid();
    void testLaunchLayersWeighLinearBlocks();
    void testFitRecoversLinearBlockFactor();
    void testFormWithoutLambdaKeepsItAtOne();
};

void TestDecodeFit::testLinearBlocksOfAHybrid()
{
    // Qwen3.6-35B-A3B: 40 blocks, of which 10 full attention (2 KV heads x 256) cache; the other 30 are DeltaNet.
    ModelSpec hybrid;
    hybrid.attention = AttentionKind::HybridLinear;
    hybrid.kvGroups = gqaLayers(10, 2, 256);
    hybrid.blocks = 40;
    QCOMPARE(layerCount(hybrid), 40);
    QCOMPARE(linearBlockCount(hybrid), 30);
    // A dense model with 80 cached layers has no linear blocks, stated blocks or not.
    ModelSpec dense;
    dense.kvGroups = gqaLayers(80, 8, 128);
    QCOMPARE(linearBlockCount(dense), 0);
    dense.blocks = 80;
    QCOMPARE(linearBlockCount(dense), 0);
}

void TestDecodeFit::testLaunchLayersWeighLinearBlocks()
{
    DecodeCalibration decode;
    decode.efficiency = 0.8;
    decode.secondsPerLayer = 40e-6;
    decode.linearBlockFactor = 3.0;
    // 40 blocks, 30 of them linear: 40 + (3 - 1) x 30 = 100 layers' worth of launches.
    QCOMPARE(decode.launchLayers(40, 30), 100.0);
    QCOMPARE(decode.launchLayers(80, 0), 80.0);
    // 2e9 B at 250 GB/s: 2e9 / (0.8 x 250e9) = 10 ms, + 100 x 40 us = 4 ms -> 14 ms.
    QVERIFY(near(decode.secondsPerToken(2e9, 0.0, decode.launchLayers(40, 30), 250e9), 0.014, 1e-12));
}

void TestDecodeFit::testFitRecoversLinearBlockFactor()
{
    // eta 0.8, t_layer 40 us, lambda 3. Hand-worked measured speeds:
    //   dense 4.85e9 B at 1000 GB/s, 32 blocks: 6.0625 ms + 1.28 ms = 7.3425 ms -> 136.193 t/s
    //   dense 42.4375e9 B at 1000 GB/s, 80 blocks: 53.046875 ms + 3.2 ms -> 17.7788 t/s
    //   hybrid 3e9 B at 500 GB/s, 48 blocks (36 linear): 7.5 ms + (48 + 72) x 40 us = 4.8 ms -> 81.3008 t/s
    //   hybrid 2e9 B at 250 GB/s, 40 blocks (30 linear): 10 ms + 100 x 40 us = 4 ms -> 71.4286 t/s
    const std::vector<DecodeSample> samples{
        exact("a", 4.85e9, 1000, 32, 0), exact("a", 42.4375e9, 1000, 80, 0), exact("b", 3e9, 500, 48, 36),
        exact("c", 2e9, 250, 40, 30),    exact("c", 4.85e9, 250, 32, 0),
    };
    QVERIFY(near(samples[0].measuredTps, 136.193, 1e-5));
    QVERIFY(near(samples[1].measuredTps, 17.7788, 1e-5));
    QVERIFY(near(samples[2].measuredTps, 81.3008, 1e-5));
    QVERIFY(near(samples[3].measuredTps, 71.4286, 1e-5));
    DecodeFitOptions options; // the shipped form: one efficiency, lambda on its grid
    QVERIFY(options.form.linearBlockFactor);
    auto fit = fitDecode(samples, options);
    QVERIFY(fit);
    QCOMPARE(fit.value().linearBlockFactor, 3.0);
    QVERIFY(near(fit.value().layerSeconds, 40e-6, 1e-9));
    QVERIFY(near(fit.value().efficiency(BackendFamily::Cuda, false), 0.8, 1e-6));
    for (const DecodeSample& s : samples) {
        QVERIFY(near(predictDecodeTps(fit.value(), s), s.measuredTps, 1e-6));
    }
}

void TestDecodeFit::testFormWithoutLambdaKeepsItAtOne()
{
    // Without the term a hybrid's extra launches must go somewhere else: lambda stays 1 and the fit is no longer
    // exact on the hybrid rows (the dense rows alone would give t_layer 40 us, the hybrids ask for more).
    const std::vector<DecodeSample> samples{
        exact("a", 4.85e9, 1000, 32, 0),
        exact("a", 42.4375e9, 1000, 80, 0),
        exact("b", 3e9, 500, 48, 36),
        exact("c", 2e9, 250, 40, 30),
    };
    DecodeFitOptions options;
    options.form.linearBlockFactor = false;
    auto fit = fitDecode(samples, options);
    QVERIFY(fit);
    QCOMPARE(fit.value().linearBlockFactor, 1.0);
    double worst = 0.0;
    for (const DecodeSample& s : samples) {
        worst = std::max(worst, std::abs(std::log(predictDecodeTps(fit.value(), s) / s.measuredTps)));
    }
    QVERIFY2(worst > 0.01, "a form without lambda cannot fit the hybrid rows exactly");
}

QTEST_GUILESS_MAIN(TestDecodeFit)
#include "tst_decode_fit.moc"
