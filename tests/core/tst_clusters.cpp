// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: machines pooled over a network (two DGX Sparks) and a Mac's GPU memory limit.
#include "MultiGpuFixtures.h"

#include <QTest>

using namespace localrig;
using namespace localrig::core;
using namespace localrig::test;

class TestClusters final : public QObject
{
    Q_OBJECT

private slots:
    void testAppleWiredLimit();
    void testQwen235bOnTwoDgxSparks();
    void testClustersOnlyWhenNoSingleMachineDoes();
};

void TestClusters::testAppleWiredLimit()
{
    Platform mac;
    mac.id = "air16";
    mac.name = "MacBook Air 16GB";
    mac.memoryGiB = 16;
    mac.bandwidthGBs = 120;
    // 16 GB: Metal's default working set is 2/3 x 16 = 10.67 GiB; the headroom line 0.75 x 16 = 12 GiB. An
    // 11.5 GiB footprint is past the GPU limit (Tight). Raising it to 16 - 4 GiB reserve = 12 GiB = 12,288 MiB
    // makes it Comfortable, leaving macOS 4 GiB.
    auto step = wiredLimitStep(mac, gibToBytes(11.5), Scenario{});
    QVERIFY(step);
    QVERIFY(near(step->defaultLimitBytes, gibToBytes(16.0 * 2.0 / 3.0)));
    QCOMPARE(step->wiredLimitMb, 12288);
    QCOMPARE(step->command, std::string("sudo sysctl iogpu.wired_limit_mb=12288"));
    QCOMPARE(step->leftForMacOsBytes, gibToBytes(4));
    QCOMPARE(step->verdictNow, FitVerdict::Tight);
    QCOMPARE(step->verdictRaised, FitVerdict::Comfortable);

    // 64 GB: default 3/4 = 48 GiB. A 50 GiB footprint loads on the GPU once the limit is 60 GiB (61,440 MiB),
    // but stays past the 48 GiB headroom line: Tight either way, and the step says so.
    mac.memoryGiB = 64;
    step = wiredLimitStep(mac, gibToBytes(50), Scenario{});
    QVERIFY(step);
    QCOMPARE(step->wiredLimitMb, 61440);
    QCOMPARE(step->verdictRaised, FitVerdict::Tight);
    // Within the default limit there is nothing to change; past RAM less the reserve nothing helps; and a
    // discrete card has no such limit.
    QVERIFY(!wiredLimitStep(mac, gibToBytes(40), Scenario{}));
    QVERIFY(!wiredLimitStep(mac, gibToBytes(61), Scenario{}));
    QVERIFY(!wiredLimitStep(card("rtx_3090", 24, 936, 350), gibToBytes(30), Scenario{}));
}

namespace {

Platform spark()
{
    Platform p;
    p.id = "dgx_spark";
    p.name = "DGX Spark";
    p.formFactor = "mini";
    p.memoryKind = MemoryKind::Unified;
    p.backend = Backend::Cuda;
    p.memoryGiB = 128;
    p.bandwidthGBs = 273;
    p.priceUsd = 3999.0; // test figure
    return p;
}

// Qwen3-235B-A22B (Slime: 94 layers, 64 heads, 4 KV x 128, 128 experts top-8) at the 124.91 GiB Q4_K_M file
// of llama.cpp PR #15405.
ModelNeed qwen235b()
{
    ModelNeed need;
    need.model.id = "qwen3_235b_a22b";
    need.model.name = "Qwen3-235B-A22B";
    need.model.totalParams = 235.09e9;
    need.model.activeParams = 22e9;
    need.model.attentionHeads = 64;
    need.model.kvGroups = gqaLayers(94, 4, 128);
    need.model.routing = ExpertRouting{128, 8};
    need.quant.id = "q4_k_m";
    need.quant.bitsPerWeight = 4.85;
    need.fileBytes = 124.91 * 1073741824.0;
    need.workload = "chat";
    return need;
}

} // namespace

void TestClusters::testQwen235bOnTwoDgxSparks()
{
    Scenario scenario;
    scenario.contextTokens = 32768;
    const ModelNeed need = qwen235b();
    auto pair = clusterOf(spark(), 2, "dual_dgx_spark", "2x DGX Spark");
    QVERIFY(pair);
    QCOMPARE(pair.value().memoryGiB, 256.0);
    QCOMPARE(*pair.value().priceUsd, 7998.0);
    QVERIFY(!clusterOf(spark(), 5, "x", "x"));

    // Weights 124.91 GiB = 134,122,... B; KV 2 x 94 x 4 x 128 x 2 B = 192,512 B/token x 32,768 = 6,308,233,216 B;
    // a runtime on each box 2 x 587,202,560 B. Total 141.6 GB = 131.9 GiB.
    const double weights = 124.91 * 1073741824.0;
    const double kv = 192512.0 * 32768;
    auto single = assess(spark(), need, scenario);
    QVERIFY(single);
    // One Spark: RAM less the 4 GiB reserve = 124 GiB < 129.8 GiB of one box's footprint: does not fit.
    QCOMPARE(single.value().models.front().fit.verdict, FitVerdict::WontFit);
    auto result = assess(pair.value(), need, scenario);
    QVERIFY(result);
    const ModelOnPlatform& m = result.value().models.front();
    QCOMPARE(m.memory.totalBytes, weights + kv + 2 * 587202560.0);
    // Two boxes: each keeps its reserve, so the pool is 256 - 4 = 252 GiB for the fit (another 4 GiB come off
    // as before) and the comfortable line 0.75 x 252 = 189 GiB: comfortable.
    QCOMPARE(m.fit.verdict, FitVerdict::Comfortable);
    QVERIFY(near(m.fit.comfortableLimitBytes, gibToBytes(189)));
    // A token reads 22 B active params x 0.5705 B/param = 12.55 GB + the 6.31 GB cache, box after box at one
    // box's 273 GB/s: (12.551 + 6.308) GB / (0.6 x 273 GB/s) = 0.1151 s -> 8.69 t/s expected; the band's low
    // end is the calibration's (0.8) times the cluster's 0.7.
    const double seconds = (22e9 * weights / 235.09e9 + kv) / (0.6 * 273e9);
    QVERIFY(near(m.decodeFullTps.expected, 1.0 / seconds));
    QVERIFY(near(m.decodeFullTps.expected, 8.685, 1e-3));
    QVERIFY(near(m.decodeFullTps.low, 0.8 * 0.7 / seconds));
    QCOMPARE(QString::fromStdString(m.runCommand),
             QStringLiteral("llama-server -m qwen3_235b_a22b-Q4_K_M.gguf -c 32768 -ngl 99 --rpc BOX2:50052"));
    QVERIFY(!result.value().wiredLimit);
}

void TestClusters::testClustersOnlyWhenNoSingleMachineDoes()
{
    auto pair = clusterOf(spark(), 2, "dual_dgx_spark", "2x DGX Spark");
    QVERIFY(pair);
    const std::vector<Platform> machines{spark(), pair.value()};
    PlanConstraints constraints;
    constraints.minDecodeTps = 5.0;
    constraints.thresholds.minDecodeTps = 5.0;
    // 235B at 32K: one Spark cannot hold it, so the pair is shown (and is the answer).
    Scenario scenario;
    scenario.contextTokens = 32768;
    auto big = recommend({qwen235b()}, machines, scenario, constraints, {}, flat());
    QVERIFY(big);
    QCOMPARE(big.value().ranked.size(), std::size_t(2));
    QCOMPARE(big.value().ranked.front().platform.id, std::string("dual_dgx_spark"));
    QCOMPARE(big.value().ranked.front().platform.boxes, 2);
    // gpt-oss-120b fits one Spark: the cluster is left out.
    auto small = recommend({gptOss120b()}, machines, scenario, constraints, {}, flat());
    QVERIFY(small);
    QCOMPARE(small.value().ranked.size(), std::size_t(1));
    QCOMPARE(small.value().ranked.front().platform.id, std::string("dgx_spark"));
}

QTEST_APPLESS_MAIN(TestClusters)
#include "tst_clusters.moc"
