// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Fit.h"
#include "core/MemoryEstimate.h"
#include "core/Units.h"

#include <QTest>

using namespace localrig;
using namespace localrig::core;

namespace {

Platform mac(double ramGiB)
{
    Platform platform;
    platform.name = "Mac";
    platform.memoryKind = MemoryKind::Unified;
    platform.backend = Backend::Metal;
    platform.memoryGiB = ramGiB;
    platform.bandwidthGBs = 273;
    return platform;
}

Platform card(double vramGiB, double hostGiB)
{
    Platform platform;
    platform.name = "GPU";
    platform.memoryKind = MemoryKind::Discrete;
    platform.backend = Backend::Cuda;
    platform.vramGiB = vramGiB;
    platform.memoryGiB = hostGiB;
    platform.bandwidthGBs = 1008;
    return platform;
}

MemoryBreakdown footprint(double weightsGiB, double kvGiB, double overheadGiB)
{
    MemoryBreakdown memory;
    memory.weightsBytes = gibToBytes(weightsGiB);
    memory.kvCacheBytes = gibToBytes(kvGiB);
    memory.overheadBytes = gibToBytes(overheadGiB);
    memory.totalBytes = memory.weightsBytes + memory.kvCacheBytes + memory.overheadBytes;
    return memory;
}

} // namespace

class TestFit final : public QObject
{
    Q_OBJECT

private slots:
    void testMetalWorkingSetCurve_data();
    void testMetalWorkingSetCurve();
    void testUnifiedVerdicts_data();
    void testUnifiedVerdicts();
    void testNonAppleUnifiedKeepsAnOsReserve();
    void testDiscreteFitsInVram();
    void testDiscretePartialOffloadSplitsWeights();
    void testDiscreteEdgeIsTightNotOffload();
    void testDiscreteWontFitWhenSystemRamIsTooSmall();
    void testDiscreteWontFitWhenCacheAloneFillsVram();
    void testRejectsInvalidPlatforms();
};

void TestFit::testMetalWorkingSetCurve_data()
{
    QTest::addColumn<double>("ramGiB");
    QTest::addColumn<double>("fraction");
    QTest::newRow("8 GB: below the curve, 2/3") << 8.0 << 2.0 / 3.0;
    QTest::newRow("16 GB: 10.67 of 16 = 2/3") << 16.0 << 2.0 / 3.0;
    QTest::newRow("24 GB: halfway 2/3..3/4 = 0.7083") << 24.0 << (2.0 / 3.0 + 0.75) / 2.0;
    QTest::newRow("48 GB: 3/4") << 48.0 << 0.75;
    QTest::newRow("96 GB: 0.75 + 0.5*(0.84-0.75) = 0.795") << 96.0 << 0.75 + 0.5 * (0.84 - 0.75);
    QTest::newRow("128 GB: 107.52/128 = 0.84") << 128.0 << 0.84;
    QTest::newRow("512 GB: capped at 0.84") << 512.0 << 0.84;
}

void TestFit::testMetalWorkingSetCurve()
{
    QFETCH(double, ramGiB);
    QFETCH(double, fraction);
    QCOMPARE_LE(std::abs(metalWorkingSetFraction(ramGiB) - fraction), 1e-12);
}

void TestFit::testUnifiedVerdicts_data()
{
    QTest::addColumn<double>("ramGiB");
    QTest::addColumn<double>("headroom");
    QTest::addColumn<double>("totalGiB");
    QTest::addColumn<int>("verdict");
    // 16 GB Mac: comfortable line = min(0.75*16 = 12, working set 10.67) = 10.67 GiB; hard limit 16 - 4 = 12 GiB.
    QTest::newRow("16 GB, 10 GiB: under 10.67 -> comfortable") << 16.0 << 0.75 << 10.0 << int(FitVerdict::Comfortable);
    QTest::newRow("16 GB, 11 GiB: over the 10.67 working set, under 12 -> tight")
        << 16.0 << 0.75 << 11.0 << int(FitVerdict::Tight);
    QTest::newRow("16 GB, 12.5 GiB: over 16 - 4 -> won't fit") << 16.0 << 0.75 << 12.5 << int(FitVerdict::WontFit);
    // 32 GB at headroom 0.6: comfortable <= 19.2 GiB, tight <= 32 - 4 = 28 GiB.
    QTest::newRow("32 GB @0.6, 19 GiB: comfortable") << 32.0 << 0.6 << 19.0 << int(FitVerdict::Comfortable);
    QTest::newRow("32 GB @0.6, 25 GiB: over 19.2 -> tight") << 32.0 << 0.6 << 25.0 << int(FitVerdict::Tight);
    QTest::newRow("32 GB @0.6, 29 GiB: over 28 -> won't fit") << 32.0 << 0.6 << 29.0 << int(FitVerdict::WontFit);
    // 48 GB at 0.75: comfortable <= 36 GiB.
    QTest::newRow("48 GB, 36 GiB: exactly on the line -> comfortable")
        << 48.0 << 0.75 << 36.0 << int(FitVerdict::Comfortable);
}

void TestFit::testUnifiedVerdicts()
{
    QFETCH(double, ramGiB);
    QFETCH(double, headroom);
    QFETCH(double, totalGiB);
    QFETCH(int, verdict);
    Scenario scenario;
    scenario.headroom = headroom;
    auto fit = assessFit(footprint(totalGiB, 0, 0), mac(ramGiB), scenario);
    QVERIFY(fit);
    QCOMPARE(int(fit.value().verdict), verdict);
}

void TestFit::testNonAppleUnifiedKeepsAnOsReserve()
{
    // DGX Spark (CUDA, 128 GB unified): hard limit 128 - 4 GiB OS reserve = 124 GiB; comfortable 96 GiB.
    Platform spark = mac(128);
    spark.backend = Backend::Cuda;
    auto fit = assessFit(footprint(100, 0, 0), spark, Scenario{});
    QVERIFY(fit);
    QCOMPARE(fit.value().hardLimitBytes, gibToBytes(124));
    QCOMPARE(fit.value().comfortableLimitBytes, gibToBytes(96));
    QCOMPARE(fit.value().verdict, FitVerdict::Tight);
}

void TestFit::testDiscreteFitsInVram()
{
    // 24 GiB card: usable = 24 - 1 GiB llama.cpp margin = 23 GiB; 20 + 2 + 0.5 = 22.5 GiB fits.
    auto fit = assessFit(footprint(20, 2, 0.5), card(24, 64), Scenario{});
    QVERIFY(fit);
    QCOMPARE(fit.value().verdict, FitVerdict::FitsInVram);
    QVERIFY(fit.value().meetsHeadroom());
    QCOMPARE(fit.value().gpuWeightFraction, 1.0);
}

void TestFit::testDiscreteEdgeIsTightNotOffload()
{
    // Llama 3 8B F16 (14.96 GiB) at llama-bench's 512 tokens on a 16 GiB card: KV 2*32*8*128*2*512 = 64 MiB,
    // overhead 0.5 GiB + 0.75 MiB*32 = 536 MiB -> 15.55 GiB. Over 16 - 1 = 15 GiB (llama.cpp's auto-fit margin)
    // but inside 16 GiB: it runs with every layer on the GPU, so Tight with the whole model in VRAM.
    auto fit = assessFit(footprint(14.96, 0.0625, 0.5 + 24.0 / 1024), card(16, 64), Scenario{});
    QVERIFY(fit);
    QCOMPARE(fit.value().verdict, FitVerdict::Tight);
    QCOMPARE(fit.value().gpuWeightFraction, 1.0);
    QCOMPARE(fit.value().comfortableLimitBytes, gibToBytes(15));
    QCOMPARE(fit.value().hardLimitBytes, gibToBytes(16));
    QVERIFY(!fit.value().meetsHeadroom());
    // 16.2 GiB does not fit in 16 GiB: weights spill, keeping the 1 GiB margin.
    auto over = assessFit(footprint(15.6, 0.0625, 0.5 + 24.0 / 1024), card(16, 64), Scenario{});
    QVERIFY(over);
    QCOMPARE(over.value().verdict, FitVerdict::PartialOffload);
}

void TestFit::testDiscretePartialOffloadSplitsWeights()
{
    // 40 GiB weights + 2 GiB KV + 1 GiB overhead on a 24 GiB card: the GPU keeps 23 - 3 = 20 GiB of weights,
    // 20/40 = 0.5 of them; 20 GiB spill into 64 GiB host RAM (limit 0.75*64 = 48 GiB).
    auto fit = assessFit(footprint(40, 2, 1), card(24, 64), Scenario{});
    QVERIFY(fit);
    QCOMPARE(fit.value().verdict, FitVerdict::PartialOffload);
    QCOMPARE(fit.value().gpuWeightFraction, 0.5);
    QCOMPARE(fit.value().systemPoolBytes, gibToBytes(20));
    QVERIFY(!fit.value().meetsHeadroom());
}

void TestFit::testDiscreteWontFitWhenSystemRamIsTooSmall()
{
    // 80 GiB weights: 80 - 20 = 60 GiB would spill, over 0.75 * 64 = 48 GiB of host RAM.
    auto fit = assessFit(footprint(80, 2, 1), card(24, 64), Scenario{});
    QVERIFY(fit);
    QCOMPARE(fit.value().verdict, FitVerdict::WontFit);
}

void TestFit::testDiscreteWontFitWhenCacheAloneFillsVram()
{
    // 30 GiB of KV cache cannot sit in 23 usable GiB, whatever happens to the weights.
    auto fit = assessFit(footprint(4, 30, 1), card(24, 64), Scenario{});
    QVERIFY(fit);
    QCOMPARE(fit.value().verdict, FitVerdict::WontFit);
}

void TestFit::testRejectsInvalidPlatforms()
{
    Platform noBandwidth = mac(48);
    noBandwidth.bandwidthGBs = 0;
    auto fit = assessFit(footprint(10, 0, 0), noBandwidth, Scenario{});
    QVERIFY(!fit);
    QCOMPARE(fit.error().code, ErrorCode::OutOfRange);

    Platform noVram = card(0, 64);
    fit = assessFit(footprint(10, 0, 0), noVram, Scenario{});
    QVERIFY(!fit);
    QCOMPARE(fit.error().code, ErrorCode::InvalidInput);

    Scenario badHeadroom;
    badHeadroom.headroom = 0.99;
    fit = assessFit(footprint(10, 0, 0), mac(48), badHeadroom);
    QVERIFY(!fit);
    QCOMPARE(fit.error().code, ErrorCode::OutOfRange);
}

QTEST_GUILESS_MAIN(TestFit)
#include "tst_fit.moc"
