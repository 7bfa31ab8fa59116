// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Calibration.h"
#include "core/CrossValidation.h"
#include "core/SpeedCalibration.h"
#include "core/SpeedEstimate.h"
#include "core/Statistics.h"
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

// A decode row whose measured speed follows t = bytes / (eta x BW) + layers x perLayer exactly.
DecodeSample exact(const std::string& hardware, BackendFamily family, QuantKernel kernel, double bytes, double gbs,
                   double eta, double perLayerSeconds, int layers = 32)
{
    DecodeSample s;
    s.hardwareKey = hardware;
    s.modelFamily = "m";
    s.label = hardware;
    s.family = family;
    s.kernel = kernel;
    s.weightBytes = bytes;
    s.bytesPerToken = bytes;
    s.fileBytes = bytes;
    s.layers = layers;
    s.bandwidthBytes = gbs * 1e9;
    s.measuredTps = 1.0 / (bytes / (eta * s.bandwidthBytes) + layers * perLayerSeconds);
    return s;
}

// The chosen form without shrinkage, MoE or KV factor: exact data must come back exactly.
// Per-backend efficiencies (the fitting code still supports them; the shipped form has none), not shrunk.
DecodeFitOptions unshrunk()
{
    DecodeFitOptions options;
    options.form.backendEffects = true;
    options.form.shrinkRows = 0.0;
    options.form.kvFactor = false;
    options.form.moeEffect = false;
    options.form.kernelEffects = false;
    return options;
}

} // namespace

class TestCalibration final : public QObject
{
    Q_OBJECT

private slots:
    void testFitRecoversKnownEfficiencyAndLayerTime();
    void testGlobalConstantIsTheMeanLogEfficiency();
    void testThinGroupIsShrunkTowardTheGlobalValue();
    void testPercentileInterpolatesBetweenRanks();
    void testBandFromEnoughRows();
    void testThinBandBorrowsPooledAndWidens();
    void testBandAlwaysContainsTheEstimate();
    void testLeaveOneHardwareOutExcludesTheHardware();
    void testPredictionMatchesEstimateSpeed();
};

void TestCalibration::testFitRecoversKnownEfficiencyAndLayerTime()
{
    // CUDA eta 0.8, Metal eta 0.6, 40 us per layer (a point of the 4 us grid). Hand-worked measured speeds:
    //   4.85e9 B at 1000 GB/s, 32 layers: 4.85e9/(0.8*1e12) = 6.0625 ms + 32*0.04 = 1.28 ms -> 136.193 t/s
    //   42.4375e9 B at 1000 GB/s, 80 layers: 53.046875 ms + 3.2 ms = 56.246875 ms -> 17.7788 t/s
    //   Metal 4.85e9 B at 400 GB/s: 4.85e9/(0.6*400e9) = 20.2083 ms + 1.28 ms -> 46.5369 t/s
    const std::vector<DecodeSample> samples{
        exact("a", BackendFamily::Cuda, QuantKernel::KQuant, 4.85e9, 1000, 0.8, 40e-6),
        exact("a", BackendFamily::Cuda, QuantKernel::KQuant, 42.4375e9, 1000, 0.8, 40e-6, 80),
        exact("b", BackendFamily::Cuda, QuantKernel::KQuant, 4.85e9, 400, 0.8, 40e-6),
        exact("c", BackendFamily::Metal, QuantKernel::KQuant, 4.85e9, 400, 0.6, 40e-6),
        exact("c", BackendFamily::Metal, QuantKernel::KQuant, 14.96e9, 400, 0.6, 40e-6),
    };
    QVERIFY(near(samples[0].measuredTps, 136.193, 1e-5));
    QVERIFY(near(samples[1].measuredTps, 17.7788, 1e-5));
    QVERIFY(near(samples[3].measuredTps, 46.5369, 1e-5));
    auto fit = fitDecode(samples, unshrunk());
    QVERIFY(fit);
    QVERIFY(near(fit.value().layerSeconds, 40e-6, 1e-9));
    QCOMPARE(fit.value().fixedSeconds, 0.0);
    QVERIFY(near(fit.value().efficiency(BackendFamily::Cuda, false), 0.8, 1e-6));
    QVERIFY(near(fit.value().efficiency(BackendFamily::Metal, false), 0.6, 1e-6));
    QCOMPARE(fit.value().rows[1][0], 3); // CUDA dense
    QCOMPARE(fit.value().backendRows[0], 2); // Metal
    for (const DecodeSample& s : samples) {
        QVERIFY(near(predictDecodeTps(fit.value(), s), s.measuredTps, 1e-6));
    }
}

void TestCalibration::testGlobalConstantIsTheMeanLogEfficiency()
{
    // Implied efficiencies 0.5 and 0.8 (no overheads): one constant = exp((ln 0.5 + ln 0.8) / 2) = sqrt(0.4).
    const std::vector<DecodeSample> samples{
        exact("a", BackendFamily::Cuda, QuantKernel::KQuant, 5e9, 1000, 0.5, 0.0),
        exact("b", BackendFamily::Metal, QuantKernel::Q8, 5e9, 400, 0.8, 0.0),
    };
    DecodeFitOptions options;
    options.form = DecodeForm::globalConstant();
    auto fit = fitDecode(samples, options);
    QVERIFY(fit);
    QCOMPARE(fit.value().fixedSeconds, 0.0);
    QCOMPARE(fit.value().layerSeconds, 0.0);
    QCOMPARE(fit.value().kvFactor, 1.0);
    QVERIFY(near(fit.value().efficiency(BackendFamily::Cuda, false), std::sqrt(0.4)));
    QVERIFY(near(fit.value().efficiency(BackendFamily::RocmVulkan, true), std::sqrt(0.4)));
    QCOMPARE(fit.value().kernelFactor(QuantKernel::Q8), 1.0);
}

void TestCalibration::testThinGroupIsShrunkTowardTheGlobalValue()
{
    // Six CUDA rows at ln eta = a = ln 0.8 and three Metal rows at a + d, d = ln 0.75; backend effects only, with
    // ridge weight 3: minimise sum (y - g - b)^2 + 3 sum b^2. With u = a - g: b_cuda = 6u/9, b_metal = 3(u + d)/6,
    // and sum (y - g - b) = 0 gives 2u + 1.5(u + d) = 0, u = -3d/7. So CUDA ends at a + d/7, Metal at a + 5d/7
    // (5/7 of its own deviation), and a family with no rows at the global value a + 3d/7.
    std::vector<DecodeSample> samples;
    for (int i = 0; i < 6; ++i) {
        samples.push_back(
            exact("cuda" + std::to_string(i), BackendFamily::Cuda, QuantKernel::KQuant, 5e9, 1000, 0.8, 0));
    }
    for (int i = 0; i < 3; ++i) {
        samples.push_back(
            exact("metal" + std::to_string(i), BackendFamily::Metal, QuantKernel::KQuant, 5e9, 400, 0.6, 0));
    }
    DecodeFitOptions options;
    options.form = DecodeForm{"backend only", false, false, false, true, false, false, false, 3.0};
    options.iterations = 200;
    auto fit = fitDecode(samples, options);
    QVERIFY(fit);
    const double d = std::log(0.75);
    QVERIFY(near(fit.value().efficiency(BackendFamily::Cuda, false), 0.8 * std::exp(d / 7.0), 1e-6));
    QVERIFY(near(fit.value().efficiency(BackendFamily::Metal, false), 0.8 * std::exp(5.0 * d / 7.0), 1e-6));
    QVERIFY(near(fit.value().efficiency(BackendFamily::RocmVulkan, false), 0.8 * std::exp(3.0 * d / 7.0), 1e-6));
}

void TestCalibration::testPercentileInterpolatesBetweenRanks()
{
    // 1..10: p10 at rank 9*0.1 = 0.9 -> 1 + 0.9 = 1.9; p90 at rank 8.1 -> 9.1; median at 4.5 -> 5.5.
    const std::vector<double> values{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    QVERIFY(near(percentile(values, 0.1), 1.9));
    QVERIFY(near(percentile(values, 0.9), 9.1));
    QVERIFY(near(median(values), 5.5));
    QCOMPARE(percentile({}, 0.5), 0.0);
    QCOMPARE(percentile({3.0}, 0.9), 3.0);
    // Absolute percentage error: |90 - 100| / 100 = 0.1.
    QVERIFY(near(absolutePercentageError(90.0, 100.0), 0.1));
}

void TestCalibration::testBandFromEnoughRows()
{
    // Ten ratios 0.75, 0.80, ..., 1.20: p10 = 0.75 + 0.9*0.05 = 0.795, p90 = 1.15 + 0.1*0.05 = 1.155.
    std::vector<double> ratios;
    for (int i = 0; i < 10; ++i) {
        ratios.push_back(0.75 + 0.05 * i);
    }
    const BandRatios band = bandFromRatios(ratios, {});
    QVERIFY(!band.pooled);
    QVERIFY(near(band.low, 0.795));
    QVERIFY(near(band.high, 1.155));
    // A tail of 0.2: p20 at rank 9*0.2 = 1.8 -> 0.80 + 0.8*0.05 = 0.84; p80 at rank 7.2 -> 1.10 + 0.2*0.05 = 1.11.
    const BandRatios narrower = bandFromRatios(ratios, {}, 10, 0.2);
    QVERIFY(near(narrower.low, 0.84));
    QVERIFY(near(narrower.high, 1.11));
}

void TestCalibration::testThinBandBorrowsPooledAndWidens()
{
    // Pooled = 0.8 (x5) and 1.25 (x5) -> p10 = 0.8, p90 = 1.25. A cell of 2 rows stretches the log
    // by sqrt(10/2) = 2.2361: low = 0.8^2.2361 = 0.6073, high = 1.25^2.2361 = 1.6469.
    std::vector<double> pooled(5, 0.8);
    pooled.insert(pooled.end(), 5, 1.25);
    const BandRatios band = bandFromRatios({0.95, 1.02}, pooled);
    QVERIFY(band.pooled);
    QVERIFY(near(band.low, std::pow(0.8, std::sqrt(5.0))));
    QVERIFY(near(band.high, std::pow(1.25, std::sqrt(5.0))));
    QVERIFY(near(band.low, 0.6073, 1e-3));
    // No rows at all: stretched by sqrt(10).
    const BandRatios none = bandFromRatios({}, pooled);
    QVERIFY(near(none.low, std::pow(0.8, std::sqrt(10.0))));
    // A thin cell whose own rows are wider keeps its own spread: 2 rows {0.4, 1.0}: p10 = 0.4 + 0.1*0.6 = 0.46.
    const BandRatios wide = bandFromRatios({0.4, 1.0}, pooled);
    QVERIFY(near(wide.low, 0.46));
    QVERIFY(near(wide.high, std::pow(1.25, std::sqrt(5.0))));
}

void TestCalibration::testBandAlwaysContainsTheEstimate()
{
    const std::vector<double> high(10, 1.3);
    const BandRatios band = bandFromRatios(high, {});
    QCOMPARE(band.low, 1.0);
    QVERIFY(near(band.high, 1.3));
}

void TestCalibration::testLeaveOneHardwareOutExcludesTheHardware()
{
    // Chip A (Metal) runs at eta 0.5; chips B and C (CUDA) at 0.8, no fixed time. Left out, A must be predicted
    // from B and C alone (a family without rows takes the global value, 0.8): predicted / measured = 0.8 / 0.5 = 1.6
    // exactly. "2x Chip A" is the same chip and leaves with it.
    std::vector<Measurement> rows;
    const auto row = [&](const std::string& hardware, double gbs, double fileGiB, double eta, Backend backend) {
        Measurement m;
        m.line = static_cast<int>(rows.size()) + 2;
        m.hardware = hardware;
        m.hardwareKey = hardwareKey(hardware);
        m.bandwidthGBs = gbs;
        m.backend = backend;
        m.model = "unknown model"; // no KV layout: bytes = file
        m.totalParams = m.activeParams = 8e9;
        m.quant = "Q4_K_M";
        m.kernel = QuantKernel::KQuant;
        m.fileGiB = fileGiB;
        m.decodeTps = eta * gbs * 1e9 / gibToBytes(fileGiB);
        rows.push_back(m);
    };
    row("Chip A", 1000, 4.5, 0.5, Backend::Metal);
    row("2x Chip A", 1000, 40.0, 0.5, Backend::Metal);
    row("Chip B", 500, 4.5, 0.8, Backend::Cuda);
    row("Chip B", 500, 8.0, 0.8, Backend::Cuda);
    row("Chip C", 300, 4.5, 0.8, Backend::Cuda);
    row("Chip C", 300, 12.0, 0.8, Backend::Cuda);
    // A form with shrunk backend effects (the shipped form has one efficiency for every backend).
    DecodeFitOptions options;
    options.form.backendEffects = true;
    options.form.shrinkRows = 3.0;
    auto result = calibrate(rows, ReferenceTables{}, options);
    QVERIFY(result);
    QCOMPARE(result.value().decodeRows.size(), rows.size());
    for (const CrossValidatedDecode& cv : result.value().decodeRows) {
        if (cv.hardwareKey == "Chip A") {
            QVERIFY2(near(cv.predicted / cv.measured, 1.6, 1e-6), cv.label.c_str());
            QVERIFY(near(cv.globalConstant / cv.measured, 1.6, 1e-6));
            // The in-sample fit saw A, but its Metal effect is shrunk toward the CUDA rows: between the two.
            QVERIFY2(cv.inSample / cv.measured > 1.0 && cv.inSample / cv.measured < 1.6, cv.label.c_str());
        }
    }
}

void TestCalibration::testPredictionMatchesEstimateSpeed()
{
    // A MoE measurement (gpt-oss-20b, 11.27 GiB, 3.6 of 20.91 B active) at KV depth 4096 on a 273 GB/s
    // unified machine: predictDecodeTps and estimateSpeed must agree to rounding.
    Measurement m;
    m.line = 2;
    m.hardware = m.hardwareKey = "Spark";
    m.bandwidthGBs = 273;
    m.backend = Backend::Cuda;
    m.model = "gpt-oss-20b";
    m.totalParams = 20.91e9;
    m.activeParams = 3.6e9;
    m.quant = "MXFP4";
    m.kernel = QuantKernel::Fp4;
    m.fileGiB = 11.27;
    m.contextTokens = 4096;
    m.decodeTps = 60.0;
    const ReferenceTables& tables = shippedReferenceTables();
    const CalibrationSamples samples = samplesFrom({m}, tables);
    QCOMPARE(samples.decode.size(), std::size_t{1});
    // KV: 12 full layers x 2 x 8 x 64 x 2 B x 4096 + 12 sliding x ... x 128 = 50,331,648 + 1,572,864 B.
    const double kv = 12.0 * 2 * 8 * 64 * 2 * 4096 + 12.0 * 2 * 8 * 64 * 2 * 128;
    // MXFP4 with 4 of 32 experts per token: experts = (20.91 - 3.6) / (1 - 4/32) = 19.782857e9, shared 1.127143e9;
    // a token reads shared x (file - experts x 0.53125) / shared + (3.6e9 - shared) x 0.53125
    // = file - 0.53125 x (20.91e9 - 3.6e9) = 12,101,069,357 - 9,195,937,500 = 2,905,131,857 B.
    QVERIFY(near(samples.decode[0].bytesPerToken, gibToBytes(11.27) - 0.53125 * (20.91e9 - 3.6e9) + kv));
    QVERIFY(near(samples.decode[0].kvBytes, kv));
    QCOMPARE(samples.decode[0].layers, 24); // 12 full + 12 sliding layers in model-kv-layouts.csv
    QCOMPARE(samples.decode[0].modelFamily, std::string("gpt"));

    // eta = exp(ln 0.8 + ln 0.875 (MoE)) = 0.7, x1.1 kernel; 50 us per layer, 0.5 ms fixed, KV x1.5.
    DecodeModel model;
    model.logGlobal = std::log(0.8);
    model.logMoe = std::log(0.875);
    model.backendRows[1] = 5;
    model.logKernel[static_cast<std::size_t>(QuantKernel::Fp4)] = std::log(1.1);
    model.fixedSeconds = 0.0005;
    model.layerSeconds = 50e-6;
    model.kvFactor = 1.5;
    SpeedCalibration calibration = SpeedCalibration::uncalibratedDefaults();
    DecodeCalibration cuda{0.7, 0.0005, 0.8, 1.2, 5};
    cuda.secondsPerLayer = 50e-6;
    cuda.kvFactor = 1.5;
    calibration.setDecode(BackendFamily::Cuda, true, cuda);
    calibration.setKernelFactor(QuantKernel::Fp4, 1.1, 5);

    ModelSpec spec;
    spec.id = spec.name = "gpt-oss-20b";
    spec.totalParams = m.totalParams;
    spec.activeParams = m.activeParams;
    spec.kvGroups = tables.layout("gpt-oss-20b")->groups;
    spec.routing = ExpertRouting{32, 4};
    Quantization quant;
    quant.kernel = QuantKernel::Fp4;
    quant.bitsPerWeight = 4.25;
    Scenario scenario;
    scenario.contextTokens = 4096;
    Platform platform;
    platform.name = "Spark";
    platform.backend = Backend::Cuda;
    platform.memoryGiB = 128;
    platform.bandwidthGBs = 273;
    const MemoryBreakdown memory = estimateMemory(spec, quant, scenario, {}, gibToBytes(11.27)).value();
    const FitResult fit = assessFit(memory, platform, scenario).value();
    auto speed = estimateSpeed(SpeedInputs{spec, quant, memory, fit, platform, scenario}, calibration);
    QVERIFY(speed);
    QVERIFY(near(speed.value().decodeTps.expected, predictDecodeTps(model, samples.decode[0]), 1e-9));
    // By hand: (W + 1.5 KV) / (0.77 x 273e9) + 24 x 50 us + 0.5 ms.
    const double weights = gibToBytes(11.27) - 0.53125 * (20.91e9 - 3.6e9);
    const double seconds = (weights + 1.5 * kv) / (0.7 * 1.1 * 273e9) + 24 * 50e-6 + 0.0005;
    QVERIFY(near(speed.value().decodeTps.expected, 1.0 / seconds, 1e-9));
    QVERIFY(speed.value().calibrated);
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
