// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bandwidth probe on tiny buffers: its arithmetic and its cancellation, never its timing.
#include "core/host/BandwidthProbe.h"

#include <QTest>

#include <cmath>

using namespace localrig;
using namespace localrig::core::host;

namespace {

BandwidthProbeOptions tiny()
{
    BandwidthProbeOptions options;
    options.bufferBytes = 64 * 1024; // 64 KiB: stays in cache, so the figure means nothing; the code runs
    options.threads = 2;
    options.minPasses = 3;
    options.maxPasses = 3;
    options.timeBudgetSeconds = 0.0;
    return options;
}

} // namespace

class TestBandwidthProbe final : public QObject
{
    Q_OBJECT

private slots:
    void testRate_data();
    void testRate();
    void testSummaryOfOddAndEvenPasses();
    void testRunsTheRequestedPasses();
    void testCancelledBeforeStart();
    void testCancelledFromProgress();
    void testRejectsBadOptions();
};

void TestBandwidthProbe::testRate_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("gbs");
    QTest::newRow("1 GiB in 0.1 s: 1073741824 / 0.1 / 1e9 = 10.73741824") << 1073741824.0 << 0.1 << 10.73741824;
    QTest::newRow("2e9 B in 0.5 s = 4 GB/s") << 2e9 << 0.5 << 4.0;
    QTest::newRow("no time: 0, not infinity") << 1e9 << 0.0 << 0.0;
    QTest::newRow("negative time: 0") << 1e9 << -1.0 << 0.0;
}

void TestBandwidthProbe::testRate()
{
    QFETCH(double, bytes);
    QFETCH(double, seconds);
    QFETCH(double, gbs);
    QCOMPARE(gigabytesPerSecond(bytes, seconds), gbs);
}

void TestBandwidthProbe::testSummaryOfOddAndEvenPasses()
{
    BandwidthProbeResult result;
    result.passGBs = {40.0, 10.0, 30.0}; // sorted 10, 30, 40: best 40, median 30
    summarisePasses(result);
    QCOMPARE(result.bestGBs, 40.0);
    QCOMPARE(result.medianGBs, 30.0);
    result.passGBs = {40.0, 10.0, 30.0, 20.0}; // sorted 10, 20, 30, 40: median (20 + 30) / 2 = 25
    summarisePasses(result);
    QCOMPARE(result.bestGBs, 40.0);
    QCOMPARE(result.medianGBs, 25.0);
    result.passGBs.clear();
    summarisePasses(result);
    QCOMPARE(result.bestGBs, 0.0);
}

void TestBandwidthProbe::testRunsTheRequestedPasses()
{
    std::vector<double> progress;
    const auto result = measureBandwidth(tiny(), nullptr, [&progress](double done) { progress.push_back(done); });
    QVERIFY(result);
    QCOMPARE(result.value().passGBs.size(), std::size_t{3});
    QCOMPARE(result.value().wallPassGBs.size(), std::size_t{3}); // the same passes by the wall clock
    QCOMPARE(result.value().threads, 2);
    QCOMPARE(result.value().bytesPerPass, std::size_t{64 * 1024}); // 8192 words, 4096 per thread
    QVERIFY(!result.value().cancelled);
    QVERIFY(std::isfinite(result.value().bestGBs) && result.value().bestGBs > 0.0);
    QVERIFY(result.value().medianGBs <= result.value().bestGBs);
    QCOMPARE(progress.size(), std::size_t{3});
    QCOMPARE(progress.back(), 1.0);
}

void TestBandwidthProbe::testCancelledBeforeStart()
{
    const std::atomic<bool> cancel{true};
    const auto result = measureBandwidth(tiny(), &cancel);
    QVERIFY(result);
    QVERIFY(result.value().cancelled);
    QVERIFY(result.value().passGBs.empty());
    QCOMPARE(result.value().bestGBs, 0.0);
}

void TestBandwidthProbe::testCancelledFromProgress()
{
    std::atomic<bool> cancel{false};
    BandwidthProbeOptions options = tiny();
    options.maxPasses = 10;
    options.minPasses = 10;
    int calls = 0;
    const auto result = measureBandwidth(options, &cancel, [&](double) {
        ++calls;
        cancel = true; // the user pressed Cancel after the first pass
    });
    QVERIFY(result);
    QVERIFY(result.value().cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(result.value().passGBs.size(), std::size_t{1});
}

void TestBandwidthProbe::testRejectsBadOptions()
{
    BandwidthProbeOptions options = tiny();
    options.bufferBytes = 4096; // 2 KiB per thread, under the 4 KiB floor
    QCOMPARE(measureBandwidth(options).error().code, ErrorCode::OutOfRange);
    options = tiny();
    options.threads = 5000;
    QCOMPARE(measureBandwidth(options).error().code, ErrorCode::OutOfRange);
    options.threads = -1;
    QCOMPARE(measureBandwidth(options).error().code, ErrorCode::OutOfRange);
    options = tiny();
    options.maxPasses = 1; // fewer than minPasses
    QCOMPARE(measureBandwidth(options).error().code, ErrorCode::OutOfRange);
    options = tiny();
    options.timeBudgetSeconds = std::nan("");
    QCOMPARE(measureBandwidth(options).error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestBandwidthProbe)
#include "tst_bandwidth_probe.moc"
