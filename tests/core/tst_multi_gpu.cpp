// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: several cards in layer split, MoE experts in system RAM, and the command line that runs them.
#include "MultiGpuFixtures.h"

#include <QTest>

using namespace localrig;
using namespace localrig::core;
using namespace localrig::test;

class TestMultiGpu final : public QObject
{
    Q_OBJECT

private slots:
    void testCombinedBuild();
    void testLlama70bOnTwo3090s();
    void testLayersFollowVram();
    void testTensorParallelSpeedup();
    void testGptOss120bExpertsInSystemRam();
    void testHybridModelOffloadsEveryBlock();
    void testDenseModelNeverOffloadsExperts();
    void testRunCommandFlags();
};

void TestMultiGpu::testCombinedBuild()
{
    // RTX 5090 (32 GiB, 1792 GB/s) + RTX 3090 (24 GiB, 936 GB/s): 56 GiB; layer split reads 32/56 of the bytes at
    // 1792 and 24/56 at 936, so the build reads at 56 / (32/1792 + 24/936) = 56 / (0.017857 + 0.025641)
    // = 1287.4 GB/s (well below the 5090's own 1792: the 3090's layers are the slow half).
    auto build
        = combineCards("mix", "RTX 5090 + RTX 3090", {card("rtx_5090", 32, 1792, 575), card("rtx_3090", 24, 936, 350)});
    QVERIFY(build);
    QCOMPARE(build.value().vramGiB, 56.0);
    QVERIFY(near(build.value().bandwidthGBs, 56.0 / (32.0 / 1792.0 + 24.0 / 936.0)));
    QCOMPARE(build.value().loadWatts, 925.0);
    QCOMPARE(build.value().gpuCount(), 2);
    QVERIFY(!combineCards("one", "one", {card("rtx_3090", 24, 936, 350)}));
}

void TestMultiGpu::testLlama70bOnTwo3090s()
{
    auto build = combineCards("2x3090", "2x RTX 3090", {card("a", 24, 936, 350), card("b", 24, 936, 350)});
    QVERIFY(build);
    const ModelNeed need = llama70b();
    const Scenario scenario; // 8K context, one session, f16 cache
    auto result = assess(build.value(), need, scenario);
    QVERIFY(result);
    const ModelOnPlatform& m = result.value().models.front();

    // Weights 42,509,438,812 B. KV: 2 x 80 x 8 x 128 x 2 B = 327,680 B/token x 8192 = 2,684,354,560 B.
    // Overhead per card: 0.5 GiB + 0.75 MiB x 64 heads = 536,870,912 + 50,331,648 = 587,202,560 B, on each card.
    const double weights = 42509438812.0;
    const double kv = 327680.0 * 8192;
    const double overhead = 587202560.0;
    QCOMPARE(m.memory.kvCacheBytes, kv);
    QCOMPARE(m.memory.overheadBytes, 2 * overhead);
    QCOMPARE(m.memory.totalBytes, weights + kv + 2 * overhead); // 46,368,198,492 B = 43.18 GiB
    // Usable: 48 GiB less llama.cpp's 1 GiB margin on each card = 46 GiB = 49,392,123,904 B: all on the GPUs.
    QCOMPARE(m.fit.verdict, FitVerdict::FitsInVram);
    QCOMPARE(m.placement, Placement::LayerSplit);

    // 24/24: layers 0..39 on card 0, 40..79 on card 1. Each: 21,254,719,406 B weights + 1,342,177,280 B KV
    // + 587,202,560 B overhead = 23,184,099,246 B (21.59 GiB of 24).
    QCOMPARE(m.cards.size(), std::size_t{2});
    for (const CardShare& share : m.cards) {
        QCOMPARE(share.layers, 40);
        QVERIFY(near(share.weightsBytes, weights / 2));
        QVERIFY(near(share.kvCacheBytes, kv / 2));
        QCOMPARE(share.overheadBytes, overhead);
        QVERIFY(near(share.totalBytes, 23184099246.0, 1e-9));
        // One token reads (21,254,719,406 + 1,342,177,280) B / 936 GB/s = 24.14 ms of spec time per card.
        QVERIFY(near(share.readSeconds, (weights / 2 + kv / 2) / 936e9));
    }
    // Sequential: t = sum over cards of bytes / (0.6 x 936 GB/s) = 2 x 22,596,896,686 / 561.6e9 = 0.080473 s
    // -> 12.43 t/s at full context: one 3090's rate on twice the memory (measured 16.6 t/s at 512 tokens with
    // the fitted efficiency, not this flat 0.6).
    const double seconds = (weights + kv) / (0.6 * 936e9);
    QVERIFY(near(m.decodeFullTps.expected, 1.0 / seconds));
    QVERIFY(near(m.decodeFullTps.expected, 12.4264, 1e-4));
    QCOMPARE(QString::fromStdString(m.runCommand),
             QStringLiteral("llama-server -m llama3_70b-Q4_K_M.gguf -c 8192 -ngl 99 --tensor-split 24,24"));
    // Tensor parallelism as the option beside it: 30 / (16.6 x 1008 / 936) = 30 / 17.877 = 1.6782 times the
    // layer-split rate, 12.4264 x 1.6782 = 20.854 t/s expected; the low end stays at layer split's 12.43.
    QVERIFY(m.tensorParallelFullTps);
    QVERIFY(near(m.tensorParallelFullTps->expected, 12.4264 * 1.67816, 1e-4));
    QVERIFY(near(m.tensorParallelFullTps->low, m.decodeFullTps.expected));
}

void TestMultiGpu::testTensorParallelSpeedup()
{
    // vLLM issue 6955 (TP2 30, TP4 46 t/s) against llama.cpp layer split 16.6 x 1008 / 936 = 17.8769 t/s.
    const GpuCard card{"rtx_3090", "RTX 3090", 24, 936};
    QVERIFY(near(tensorParallelSpeedup({card, card}), 30.0 / 17.8769, 1e-5)); // 1.6782
    QVERIFY(near(tensorParallelSpeedup({card, card, card, card}), 46.0 / 17.8769, 1e-5)); // 2.5731
    // Three cards: halfway, (1.6782 + 2.5731) / 2 = 2.1256; more than four: capped at four's.
    QVERIFY(near(tensorParallelSpeedup({card, card, card}), (30.0 + 46.0) / 2 / 17.8769, 1e-5));
    QVERIFY(near(tensorParallelSpeedup(std::vector<GpuCard>(6, card)), 46.0 / 17.8769, 1e-5));
    // Mixed cards or a single one: no tensor parallelism.
    QCOMPARE(tensorParallelSpeedup({card, GpuCard{"rtx_5090", "RTX 5090", 32, 1792}}), 1.0);
    QCOMPARE(tensorParallelSpeedup({card}), 1.0);
}

void TestMultiGpu::testLayersFollowVram()
{
    // 32 + 24 GiB over 80 layers: the split is 32/56 = 0.5714, so layers l with l/80 < 0.5714 (l <= 45) go to
    // the first card: 46 and 34.
    const std::vector<GpuCard> cards{GpuCard{"a", "a", 32, 1792}, GpuCard{"b", "b", 24, 936}};
    QCOMPARE(layersPerCard(cards, 80), (std::vector<int>{46, 34}));
    const std::vector<GpuCard> four(4, GpuCard{"c", "c", 24, 936});
    QCOMPARE(layersPerCard(four, 80), (std::vector<int>{20, 20, 20, 20}));
}

void TestMultiGpu::testGptOss120bExpertsInSystemRam()
{
    Scenario scenario;
    scenario.contextTokens = 32768;
    const ModelNeed need = gptOss120b();
    auto result = assess(card("rtx_5090", 32, 1792, 575), need, scenario);
    QVERIFY(result);
    const ModelOnPlatform& m = result.value().models.front();

    // KV: 18 window layers 2 x 8 x 64 x 2 B x 128 tokens = 4,718,592 B + 18 full layers x 32,768 tokens
    // = 1,207,959,552 B -> 1,212,678,144 B. Footprint 63,372,242,452 + 1,212,678,144 + 587,202,560
    // = 65,172,123,156 B; the card's usable 31 GiB = 33,285,996,544 B.
    QCOMPARE(m.memory.totalBytes, 65172123156.0);
    QCOMPARE(m.placement, Placement::ExpertsInSystemRam);
    QVERIFY(m.experts);
    const ExpertSplit& split = *m.experts;
    // Routed experts = (116.83 - 5.1) / (1 - 4/128) = 115.3342 B params x 0.542431 B/param (file / params)
    // = 62,560,823,478 B; the dense rest (attention, embeddings) 811,418,974 B. Per layer: / 36 = 1,737,800,652 B.
    const double bytesPerParam = 63372242452.0 / 116.83e9;
    const double experts = (116.83e9 - 5.1e9) / (1.0 - 4.0 / 128.0) * bytesPerParam;
    QVERIFY(near(split.routedExpertBytes, experts));
    QCOMPARE(split.moeLayers, 36);
    // Over by 65,172,123,156 - 33,285,996,544 = 31,886,126,612 B = 18.35 layers of experts -> --n-cpu-moe 19.
    QCOMPARE(split.cpuMoeLayers, 19);
    // System RAM: 19 x 1,737,800,652 = 33,018,212,394 B (30.75 GiB of 128); VRAM: the other 32,153,910,762 B.
    QVERIFY(near(split.systemBytes, experts * 19 / 36));
    QVERIFY(near(split.gpuBytes, 65172123156.0 - experts * 19 / 36));
    QVERIFY(split.gpuBytes <= gibToBytes(31));
    QVERIFY(near(m.fit.systemPoolBytes, split.systemBytes));

    // A token reads 5.1 B params: dense 1.4958 B + 4/128 of the experts 3.6042 B. The experts of 19/36 layers
    // are in RAM: 3.6042 x 19/36 = 1.9022 B params = 1,031,823,566 B at 0.6 x 89.6 GB/s = 19.19 ms; the GPU
    // reads the other 3.1978 B params = 1,734,591,781 B plus the 1,212,678,144 B cache at 0.6 x 1792 GB/s
    // = 2.74 ms. 21.93 ms -> 45.6 t/s.
    const double routedStep = (116.83e9 - 5.1e9) / (1.0 - 4.0 / 128.0) * (4.0 / 128.0);
    const double systemStep = routedStep * 19 / 36 * bytesPerParam;
    const double gpuStep = (5.1e9 * bytesPerParam) - systemStep;
    QVERIFY(near(split.systemStepBytes, systemStep));
    QVERIFY(near(split.gpuStepBytes, gpuStep));
    const double seconds = (gpuStep + 1212678144.0) / (0.6 * 1792e9) + systemStep / (0.6 * 89.6e9);
    QVERIFY(near(m.decodeFullTps.expected, 1.0 / seconds));
    QVERIFY(near(m.decodeFullTps.expected, 45.60, 1e-3));

    // Plain offload would keep (33,285,996,544 - 1,799,880,704) / 63,372,242,452 = 49.7 % of every layer on the
    // GPU: 50.3 % of the 2.766 GB a token reads at RAM speed = 25.9 ms + 2.4 ms -> 35.3 t/s. Experts win.
    const double share = (gibToBytes(31) - 1212678144.0 - 587202560.0) / 63372242452.0;
    const double plain = (5.1e9 * bytesPerParam * share + 1212678144.0) / (0.6 * 1792e9)
        + 5.1e9 * bytesPerParam * (1 - share) / (0.6 * 89.6e9);
    QVERIFY(m.decodeFullTps.expected > 1.0 / plain);
    QVERIFY(near(1.0 / plain, 35.3, 3e-3));
    QCOMPARE(QString::fromStdString(m.runCommand),
             QStringLiteral("llama-server -m gpt_oss_120b-MXFP4.gguf -c 32768 -ngl 99 --n-cpu-moe 19"));
}

void TestMultiGpu::testHybridModelOffloadsEveryBlock()
{
    // A hybrid model (Qwen3.6 style) caches in only some blocks, but every block has experts: --n-cpu-moe
    // counts blocks. gpt-oss-120b's weights with 36 blocks of which 9 are full-attention KV layers.
    Scenario scenario;
    scenario.contextTokens = 32768;
    ModelNeed need = gptOss120b();
    need.model.kvGroups = gqaLayers(9, 8, 64);
    QCOMPARE(layerCount(need.model), 9); // blocks not stated: the KV layers are all it knows
    need.model.blocks = 36;
    QCOMPARE(layerCount(need.model), 36);
    auto result = assess(card("rtx_5090", 32, 1792, 575), need, scenario);
    QVERIFY(result);
    const ModelOnPlatform& m = result.value().models.front();
    // KV: 9 layers x 2 x 8 x 64 x 2 B x 32,768 = 603,979,776 B; total 63,372,242,452 + 603,979,776 + 587,202,560
    // = 64,563,424,788 B, over the 33,285,996,544 B usable by 31,277,428,244 B. Experts per block
    // 62,560,823,478 / 36 = 1,737,800,652 B -> 17.998 blocks -> --n-cpu-moe 18 of 36 (counting only the 9 KV
    // layers it would have said 5 of 9, a quarter of the experts per "layer" too many).
    QCOMPARE(m.memory.totalBytes, 64563424788.0);
    QVERIFY(m.experts);
    QCOMPARE(m.experts->moeLayers, 36);
    QCOMPARE(m.experts->cpuMoeLayers, 18);
    QVERIFY(QString::fromStdString(m.runCommand).endsWith(QLatin1String("--n-cpu-moe 18")));
}

void TestMultiGpu::testDenseModelNeverOffloadsExperts()
{
    // 70B Q4_K_M on one 24 GB card: a dense model spills whole layers (-ngl).
    auto result = assess(card("rtx_3090", 24, 936, 350), llama70b(), Scenario{});
    QVERIFY(result);
    const ModelOnPlatform& m = result.value().models.front();
    QCOMPARE(m.placement, Placement::LayersInSystemRam);
    QVERIFY(!m.experts);
    // (23 GiB - 2,684,354,560 - 587,202,560) / 42,509,438,812 = 0.5040 of 80 layers -> -ngl 40.
    QCOMPARE(QString::fromStdString(m.runCommand),
             QStringLiteral("llama-server -m llama3_70b-Q4_K_M.gguf -c 8192 -ngl 40"));
}

void TestMultiGpu::testRunCommandFlags()
{
    // Four sessions of 16K with a q8_0 cache on a unified machine: -c is shared by the slots, 4 x 16,384.
    Platform mac;
    mac.id = "mac";
    mac.name = "Mac";
    mac.memoryGiB = 128;
    mac.bandwidthGBs = 546;
    Scenario scenario;
    scenario.contextTokens = 16384;
    scenario.sessions = 4;
    scenario.kvType = KvCacheType::Q8_0;
    auto result = assess(mac, llama70b(), scenario);
    QVERIFY(result);
    QCOMPARE(QString::fromStdString(result.value().models.front().runCommand),
             QStringLiteral("llama-server -m llama3_70b-Q4_K_M.gguf -c 65536 -np 4 -ngl 99 -ctk q8_0 -ctv q8_0"));
}

QTEST_APPLESS_MAIN(TestMultiGpu)
#include "tst_multi_gpu.moc"
