// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SpeedEstimate.h"
#include "core/Units.h"

#include <QTest>

#include <cmath>

using namespace localrig;
using namespace localrig::core;

namespace {

bool near(double actual, double expected, double relative = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

ModelSpec model(double totalB, double activeB, int layers, int kvHeads, int headDim)
{
    ModelSpec spec;
    spec.id = "m";
    spec.name = "model";
    spec.totalParams = totalB * 1e9;
    spec.activeParams = activeB * 1e9;
    spec.kvGroups = gqaLayers(layers, kvHeads, headDim);
    return spec;
}

Platform unified(double ramGiB, double bandwidth)
{
    Platform platform;
    platform.name = "Mac";
    platform.memoryGiB = ramGiB;
    platform.bandwidthGBs = bandwidth;
    return platform;
}

// A flat calibration so the arithmetic in each test is easy to follow.
SpeedCalibration flat(double efficiency, double fixedSeconds = 0.0)
{
    SpeedCalibration calibration = SpeedCalibration::uncalibratedDefaults();
    for (BackendFamily family :
         {BackendFamily::Metal, BackendFamily::Cuda, BackendFamily::RocmVulkan, BackendFamily::Cpu}) {
        for (bool moe : {false, true}) {
            calibration.setDecode(family, moe, DecodeCalibration{efficiency, fixedSeconds, 0.8, 1.1, 10});
        }
        calibration.setPrefill(family, PrefillCalibration{0.5, 0.7, 1.3, 10});
    }
    return calibration;
}

struct Estimate
{
    MemoryBreakdown memory;
    FitResult fit;
    Result<SpeedEstimate> speed = makeError(ErrorCode::InvalidInput, "not run");
};

Estimate run(const ModelSpec& spec, const Platform& platform, const Scenario& scenario,
             const SpeedCalibration& calibration, int promptTokens = 0, QuantKernel kernel = QuantKernel::KQuant)
{
    Quantization q4;
    q4.bitsPerWeight = 4.85;
    q4.kernel = kernel;
    Estimate result;
    result.memory = estimateMemory(spec, q4, scenario).value();
    result.fit = assessFit(result.memory, platform, scenario).value();
    const SpeedInputs inputs{spec, q4, result.memory, result.fit, platform, scenario};
    result.speed = estimateSpeed(inputs, calibration, SizingConstants{}, promptTokens);
    return result;
}

} // namespace

class TestSpeedEstimate final : public QObject
{
    Q_OBJECT

private slots:
    void testDenseDecodeIsBandwidthOverBytes();
    void testMixtureOfExpertsReadsActiveWeights();
    void testFixedPerTokenTimeAdds();
    void testLayerTimeAndKvFactorAdd();
    void testPrefillCountsAttentionAndMoe();
    void testBandComesFromCalibration();
    void testPartialOffloadSumsPools();
    void testParallelSessionsShareWeightReads();
    void testMoeBatchTouchesMoreExperts();
    void testMxfp4MoeReadsExpertsAtFourBits();
    void testPrefillAndTimeToFirstToken();
    void testNoPrefillWithoutFlops();
    void testNoSpeedWhenItDoesNotFit();
};

void TestSpeedEstimate::testDenseDecodeIsBandwidthOverBytes()
{
    // 8B Q4_K_M: weights 8e9*4.85/8 = 4.85e9 B; KV at 4096: 2*32*8*128*2*4096 = 536,870,912 B.
    // bytes/token = 5,386,870,912; t/s = 0.5 * 273e9 / 5,386,870,912 = 25.3393...
    Scenario scenario;
    scenario.contextTokens = 4096;
    auto e = run(model(8, 8, 32, 8, 128), unified(48, 273), scenario, flat(0.5));
    QVERIFY(e.speed);
    QCOMPARE(e.speed.value().bytesPerToken, 5386870912.0);
    QVERIFY(near(e.speed.value().decodeTps.expected, 0.5 * 273e9 / 5386870912.0));
    QVERIFY(near(e.speed.value().decodeTps.expected, 25.3393, 1e-4));
    QVERIFY(e.speed.value().calibrated);
}

void TestSpeedEstimate::testMixtureOfExpertsReadsActiveWeights()
{
    // Qwen3.6-35B-A3B-like: weights 35e9*4.85/8 = 21.21875e9 B, 0.60625 B/param; active 3e9 -> 1.81875e9 B.
    // Hybrid KV: 2*10*2*256*2 = 20,480 B/token * 8192 = 167,772,160 B. bytes/token = 1,986,522,160.
    // t/s = 0.5 * 273e9 / 1,986,522,160 = 68.7132...
    auto e = run(model(35, 3, 10, 2, 256), unified(48, 273), Scenario{}, flat(0.5));
    QVERIFY(e.speed);
    QCOMPARE(e.speed.value().bytesPerToken, 1986522160.0);
    QVERIFY(near(e.speed.value().decodeTps.expected, 0.5 * 273e9 / 1986522160.0));
}

void TestSpeedEstimate::testFixedPerTokenTimeAdds()
{
    // Same MoE with 5 ms per token on top: t = 1,986,522,160 / (0.5*273e9) + 0.005 = 0.0195533 s -> 51.14 t/s.
    auto e = run(model(35, 3, 10, 2, 256), unified(48, 273), Scenario{}, flat(0.5, 0.005));
    QVERIFY(e.speed);
    QVERIFY(near(e.speed.value().decodeTps.expected, 1.0 / (1986522160.0 / (0.5 * 273e9) + 0.005)));
}

void TestSpeedEstimate::testLayerTimeAndKvFactorAdd()
{
    // 8B at 4096: W = 4.85e9 B, KV = 536,870,912 B, 32 layers. With 60 us per layer and KV bytes x1.5:
    // t = (4.85e9 + 1.5 x 536,870,912) / (0.5 x 273e9) + 32 x 60e-6 = 0.0414317 + 0.00192 = 0.0433517 s -> 23.07 t/s.
    Scenario scenario;
    scenario.contextTokens = 4096;
    SpeedCalibration calibration = flat(0.5);
    DecodeCalibration d{0.5, 0.0, 0.8, 1.1, 10, 60e-6, 1.5};
    calibration.setDecode(BackendFamily::Metal, false, d);
    auto e = run(model(8, 8, 32, 8, 128), unified(48, 273), scenario, calibration);
    QVERIFY(e.speed);
    const double seconds = (4.85e9 + 1.5 * 536870912.0) / (0.5 * 273e9) + 32 * 60e-6;
    QVERIFY(near(e.speed.value().decodeTps.expected, 1.0 / seconds));
    QVERIFY(near(e.speed.value().decodeTps.expected, 23.067, 1e-4));
    // bytesPerToken stays the bytes read, not weighted by the factor.
    QCOMPARE(e.speed.value().bytesPerToken, 5386870912.0);
}

void TestSpeedEstimate::testPrefillCountsAttentionAndMoe()
{
    // 8B dense, 32 heads x 128, 32 layers, 100 TFLOPS at 0.5; prompt 4096 -> mean depth 2048:
    // attention = 4 x 32 x 32 x 128 x 2048 = 1,073,741,824 FLOPs/token; total 16e9 + 1.0737e9 = 17.0737e9.
    // Prefill = 0.5 x 100e12 / 17.0737e9 = 2928.5 t/s; TTFT = 4096 / 2928.5 = 1.3987 s.
    Platform platform = unified(48, 273);
    platform.fp16Tflops = 100.0;
    ModelSpec dense = model(8, 8, 32, 8, 128);
    dense.attentionHeads = 32;
    auto e = run(dense, platform, Scenario{}, flat(0.5), 4096);
    QVERIFY(e.speed);
    const double flopsPerToken = 16e9 + 4.0 * 32 * 32 * 128 * 2048;
    QVERIFY(near(e.speed.value().prefillTps->expected, 0.5 * 100e12 / flopsPerToken));
    QVERIFY(near(e.speed.value().timeToFirstTokenSeconds->expected, 4096.0 * flopsPerToken / (0.5 * 100e12)));
    // MoE (35B, 3B active, no heads): 0.5 x 0.4 (MoE factor) x 100e12 / 6e9 = 3333.3 t/s.
    SpeedCalibration calibration = flat(0.5);
    calibration.setPrefill(BackendFamily::Metal, PrefillCalibration{0.5, 0.7, 1.3, 10, 0.4});
    auto m = run(model(35, 3, 10, 2, 256), platform, Scenario{}, calibration, 4096);
    QVERIFY(m.speed);
    QVERIFY(near(m.speed.value().prefillTps->expected, 0.5 * 0.4 * 100e12 / 6e9));
}

void TestSpeedEstimate::testBandComesFromCalibration()
{
    auto e = run(model(8, 8, 32, 8, 128), unified(48, 273), Scenario{}, flat(0.5));
    QVERIFY(e.speed);
    const SpeedBand band = e.speed.value().decodeTps;
    QVERIFY(near(band.low, band.expected * 0.8));
    QVERIFY(near(band.high, band.expected * 1.1));
    // The defaults say they are not calibrated.
    auto d = run(model(8, 8, 32, 8, 128), unified(48, 273), Scenario{}, SpeedCalibration::uncalibratedDefaults());
    QVERIFY(!d.speed.value().calibrated);
}

void TestSpeedEstimate::testPartialOffloadSumsPools()
{
    // 70B Q4_K_M on a 24 GiB card (1008 GB/s) with 64 GiB of 50 GB/s host RAM, context 8192:
    // weights W = 42.4375e9; KV = 2*80*8*128*2*8192 = 2,684,354,560; overhead = 0.5 GiB + 0.75 MiB*32.
    Platform gpu;
    gpu.name = "GPU";
    gpu.memoryKind = MemoryKind::Discrete;
    gpu.backend = Backend::Cuda;
    gpu.vramGiB = 24;
    gpu.memoryGiB = 64;
    gpu.bandwidthGBs = 1008;
    gpu.systemBandwidthGBs = 50;
    auto e = run(model(70, 70, 80, 8, 128), gpu, Scenario{}, flat(0.5));
    QVERIFY(e.speed);
    QCOMPARE(e.fit.verdict, FitVerdict::PartialOffload);
    const double W = 42.4375e9;
    const double kv = 2684354560.0;
    const double f = e.fit.gpuWeightFraction; // (23 GiB - KV - overhead) / W
    QVERIFY(near(f, (gibToBytes(23) - kv - e.memory.overheadBytes) / W));
    // t = (f*W + KV) / (0.5*1008e9) + (1-f)*W / (0.5*50e9)
    const double seconds = (f * W + kv) / (0.5 * 1008e9) + (1.0 - f) * W / (0.5 * 50e9);
    QVERIFY(near(e.speed.value().decodeTps.expected, 1.0 / seconds));
    QVERIFY(e.speed.value().decodeTps.expected < 3.0); // the offload cliff: a few tokens/s, not 10+
}

void TestSpeedEstimate::testParallelSessionsShareWeightReads()
{
    // Dense 8B, 4 sessions at 4096: one step reads W once and each cache once:
    // (4.85e9 + 4*536,870,912) / (0.5*273e9) = 0.0512613 s; each session 19.51 t/s, together 78.03 t/s.
    Scenario scenario;
    scenario.contextTokens = 4096;
    scenario.sessions = 4;
    auto e = run(model(8, 8, 32, 8, 128), unified(48, 273), scenario, flat(0.5));
    QVERIFY(e.speed);
    const double step = (4.85e9 + 4 * 536870912.0) / (0.5 * 273e9);
    QVERIFY(near(e.speed.value().decodeTps.expected, 1.0 / step));
    QVERIFY(near(e.speed.value().aggregateDecodeTps.expected, 4.0 / step));
}

void TestSpeedEstimate::testMoeBatchTouchesMoreExperts()
{
    // 256 experts, 8 active: share k/E = 1/32. experts = (35e9-3e9)/(1-1/32) = 33.0323e9; shared = 1.9677e9.
    // Two sessions touch 1-(31/32)^2 = 0.0615234 of the experts: 1.9677e9 + 0.0615234*33.0323e9 = 4.0000e9 params.
    ModelSpec moe = model(35, 3, 10, 2, 256);
    moe.routing = ExpertRouting{256, 8};
    Scenario scenario;
    scenario.sessions = 2;
    auto e = run(moe, unified(48, 273), scenario, flat(0.5));
    QVERIFY(e.speed);
    const double experts = 32e9 / (1.0 - 1.0 / 32.0);
    const double params = (35e9 - experts) + experts * (1.0 - std::pow(31.0 / 32.0, 2));
    const double step = (params * 0.60625 + 2 * 167772160.0) / (0.5 * 273e9);
    QVERIFY(near(e.speed.value().aggregateDecodeTps.expected, 2.0 / step));
}

void TestSpeedEstimate::testMxfp4MoeReadsExpertsAtFourBits()
{
    // 35e9 params, 3e9 active, 256 experts / 8 per token; file 35e9 x 4.85 / 8 = 21.21875e9 B.
    // experts X = 32e9 / (1 - 1/32) = 33.03226e9 at 4.25 bits = 17.54839e9 B; the rest, S = 1.96774e9 params, holds
    // 21.21875e9 - 17.54839e9 = 3.67036e9 B (1.86526 B/param). One token: S x 1.86526 + X / 32 x 0.53125
    // = 3.67036e9 + 0.54839e9 = 4.21875e9 B, against 3e9 x 0.60625 = 1.81875e9 B read at the file's average rate.
    ModelSpec moe = model(35, 3, 10, 2, 256);
    moe.routing = ExpertRouting{256, 8};
    auto fp4 = run(moe, unified(48, 273), Scenario{}, flat(0.5), 0, QuantKernel::Fp4);
    auto kquant = run(moe, unified(48, 273), Scenario{}, flat(0.5));
    QVERIFY(fp4.speed && kquant.speed);
    const double experts = 32e9 / (1.0 - 1.0 / 32.0);
    const double shared = 35e9 - experts;
    const double rest = (35e9 * 4.85 / 8.0 - experts * 4.25 / 8.0) / shared;
    const double fp4Bytes = shared * rest + experts / 32.0 * 4.25 / 8.0;
    QVERIFY(near(fp4Bytes, 4.21875e9, 1e-5));
    QVERIFY(near(fp4.speed.value().bytesPerToken - kquant.speed.value().bytesPerToken, fp4Bytes - 1.81875e9, 1e-6));
}

void TestSpeedEstimate::testPrefillAndTimeToFirstToken()
{
    // 100 TFLOPS, eta 0.5, 8B active: 0.5*100e12 / (2*8e9) = 3125 t/s; 4096-token prompt -> 1.31072 s.
    Platform platform = unified(48, 273);
    platform.fp16Tflops = 100.0;
    auto e = run(model(8, 8, 32, 8, 128), platform, Scenario{}, flat(0.5), 4096);
    QVERIFY(e.speed);
    QVERIFY(e.speed.value().prefillTps);
    QVERIFY(near(e.speed.value().prefillTps->expected, 3125.0));
    QVERIFY(near(e.speed.value().timeToFirstTokenSeconds->expected, 1.31072));
    // A faster prefill (high band) gives the shorter time: 4096 / (3125*1.3).
    QVERIFY(near(e.speed.value().timeToFirstTokenSeconds->low, 4096.0 / (3125.0 * 1.3)));
}

void TestSpeedEstimate::testNoPrefillWithoutFlops()
{
    auto e = run(model(8, 8, 32, 8, 128), unified(48, 273), Scenario{}, flat(0.5));
    QVERIFY(e.speed);
    QVERIFY(!e.speed.value().prefillTps);
    QVERIFY(!e.speed.value().timeToFirstTokenSeconds);
}

void TestSpeedEstimate::testNoSpeedWhenItDoesNotFit()
{
    // 70B Q4_K_M (~42 GB) on a 16 GB Mac.
    auto e = run(model(70, 70, 80, 8, 128), unified(16, 120), Scenario{}, flat(0.5));
    QCOMPARE(e.fit.verdict, FitVerdict::WontFit);
    QVERIFY(!e.speed);
    QCOMPARE(e.speed.error().code, ErrorCode::OutOfRange);
}

QTEST_GUILESS_MAIN(TestSpeedEstimate)
#include "tst_speed_estimate.moc"
