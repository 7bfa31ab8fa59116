// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MemoryEstimate.h"
#include "core/Units.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace localrig;
using namespace localrig::core;

namespace {

ModelSpec denseModel(double paramsB, int layers, int kvHeads, int headDim)
{
    ModelSpec model;
    model.id = "test";
    model.name = "test model";
    model.totalParams = paramsB * 1e9;
    model.activeParams = model.totalParams;
    model.kvGroups = gqaLayers(layers, kvHeads, headDim);
    return model;
}

Quantization quant(double bpw)
{
    Quantization q;
    q.bitsPerWeight = bpw;
    return q;
}

} // namespace

class TestMemoryEstimate final : public QObject
{
    Q_OBJECT

private slots:
    void testWeightsMatchTheGuide_data();
    void testWeightsMatchTheGuide();
    void testKnownFileSizeWins();
    void testKvCacheByAttentionKind_data();
    void testKvCacheByAttentionKind();
    void testKvCacheScalesWithSessions();
    void testOverheadWithAndWithoutFlashAttention();
    void testRejectsImpossibleInput_data();
    void testRejectsImpossibleInput();
};

void TestMemoryEstimate::testWeightsMatchTheGuide_data()
{
    QTest::addColumn<double>("paramsB");
    QTest::addColumn<double>("bpw");
    QTest::addColumn<double>("guideGB");
    QTest::addColumn<double>("expectedGB");
    // The guide's figures (decimal GB, as model files are sized) must come out within +-10 %.
    QTest::newRow("32B Q4_K_M: 32e9*4.85/8 = 19.40 GB ~ guide 20") << 32.0 << 4.85 << 20.0 << 19.40;
    QTest::newRow("32B FP16: 32e9*16/8 = 64.00 GB ~ guide 64") << 32.0 << 16.0 << 64.0 << 64.00;
    QTest::newRow("Qwen 35B-A3B Q4_K_M: 35e9*4.85/8 = 21.22 GB ~ guide 22") << 35.0 << 4.85 << 22.0 << 21.21875;
    QTest::newRow("Llama 3.3 70B Q4_K_M: 70e9*4.85/8 = 42.44 GB ~ guide 43") << 70.0 << 4.85 << 43.0 << 42.4375;
    QTest::newRow("Phi-4 14.7B Q4_K_M: 14.7e9*4.85/8 = 8.91 GB ~ guide 9") << 14.7 << 4.85 << 9.0 << 8.911875;
    QTest::newRow("8B Q8_0: 8e9*8.5/8 = 8.50 GB") << 8.0 << 8.5 << 8.5 << 8.5;
}

void TestMemoryEstimate::testWeightsMatchTheGuide()
{
    QFETCH(double, paramsB);
    QFETCH(double, bpw);
    QFETCH(double, guideGB);
    QFETCH(double, expectedGB);
    auto weights = weightsBytes(denseModel(paramsB, 1, 1, 1), quant(bpw));
    QVERIFY(weights);
    QCOMPARE_LE(std::abs(bytesToGB(weights.value()) - expectedGB), 1e-6);
    QCOMPARE_LE(std::abs(bytesToGB(weights.value()) / guideGB - 1.0), 0.10);
}

void TestMemoryEstimate::testKnownFileSizeWins()
{
    // Phi-4 Q4_K_M is a 9.1 GB file (Ollama); the measured size replaces 14.7e9 * 4.85 / 8.
    auto weights = weightsBytes(denseModel(14.7, 40, 10, 128), quant(4.85), 9.1e9);
    QVERIFY(weights);
    QCOMPARE(weights.value(), 9.1e9);
}

void TestMemoryEstimate::testKvCacheByAttentionKind_data()
{
    QTest::addColumn<ModelSpec>("model");
    QTest::addColumn<int>("context");
    QTest::addColumn<int>("kvType");
    QTest::addColumn<double>("expectedBytes");

    // Llama 3.3 70B: 80 layers, 8 KV heads, head_dim 128. Per token 2*80*8*128*2 B = 327,680 B.
    ModelSpec llama = denseModel(70, 80, 8, 128);
    QTest::newRow("GQA f16: 2*80*8*128*2 * 8192 = 2,684,354,560")
        << llama << 8192 << int(KvCacheType::F16) << 2684354560.0;
    QTest::newRow("GQA q8_0: 2*80*8*128*(34/32) * 8192 = 1,426,063,360")
        << llama << 8192 << int(KvCacheType::Q8_0) << 1426063360.0;
    QTest::newRow("GQA q4_0: 2*80*8*128*(18/32) * 8192 = 754,974,720")
        << llama << 8192 << int(KvCacheType::Q4_0) << 754974720.0;

    // DeepSeek-R1 MLA: 61 layers x (512 + 64) latent, one tensor. Per token 61*576*2 B = 70,272 B.
    ModelSpec r1 = denseModel(671, 1, 1, 1);
    r1.activeParams = 37e9;
    r1.attention = AttentionKind::Mla;
    r1.kvGroups = mlaLayers(61, 512, 64);
    QTest::newRow("MLA f16: 61*576*2 * 32768 = 2,302,672,896") << r1 << 32768 << int(KvCacheType::F16) << 2302672896.0;

    // Gemma 4 12B: 40 sliding layers (8 x 256, window 1024) + 8 global layers (1 x 512, K == V).
    ModelSpec gemma = denseModel(11.95, 1, 1, 1);
    gemma.attention = AttentionKind::Sliding;
    gemma.kvGroups = {KvLayerGroup{40, 8, 256, 1024, false}, KvLayerGroup{8, 1, 512, 0, true}};
    // sliding: 2*40*8*256*2 * min(32768,1024) = 335,544,320; global: 8*512*2 * 32768 = 268,435,456.
    QTest::newRow("sliding f16 at 32K: 335,544,320 + 268,435,456 = 603,979,776")
        << gemma << 32768 << int(KvCacheType::F16) << 603979776.0;
    // Below the window every layer grows: 2*40*8*256*2*512 + 8*512*2*512 = 167,772,160 + 4,194,304.
    QTest::newRow("sliding f16 at 512: 167,772,160 + 4,194,304 = 171,966,464")
        << gemma << 512 << int(KvCacheType::F16) << 171966464.0;

    // Qwen3.6-35B-A3B hybrid: only 10 full-attention layers (2 KV heads x 256) cache tokens.
    ModelSpec qwen = denseModel(35, 10, 2, 256);
    qwen.activeParams = 3e9;
    qwen.attention = AttentionKind::HybridLinear;
    QTest::newRow("hybrid f16 at 128K: 2*10*2*256*2 * 131072 = 2,684,354,560")
        << qwen << 131072 << int(KvCacheType::F16) << 2684354560.0;
}

void TestMemoryEstimate::testKvCacheByAttentionKind()
{
    QFETCH(ModelSpec, model);
    QFETCH(int, context);
    QFETCH(int, kvType);
    QFETCH(double, expectedBytes);
    auto kv = kvCacheBytesPerSession(model, context, static_cast<KvCacheType>(kvType));
    QVERIFY(kv);
    QCOMPARE(kv.value(), expectedBytes);
}

void TestMemoryEstimate::testKvCacheScalesWithSessions()
{
    // 4 sessions of Llama 3.3 70B at 8K, f16: 4 * 2,684,354,560 = 10,737,418,240 B (10 GiB).
    Scenario scenario;
    scenario.contextTokens = 8192;
    scenario.sessions = 4;
    auto memory = estimateMemory(denseModel(70, 80, 8, 128), quant(4.85), scenario);
    QVERIFY(memory);
    QCOMPARE(memory.value().kvCacheBytes, 10737418240.0);
    QCOMPARE(memory.value().totalBytes,
             memory.value().weightsBytes + memory.value().kvCacheBytes + memory.value().overheadBytes);
}

void TestMemoryEstimate::testOverheadWithAndWithoutFlashAttention()
{
    ModelSpec model = denseModel(8, 32, 8, 128);
    model.attentionHeads = 32;
    Scenario scenario;
    scenario.contextTokens = 8192;
    SizingConstants constants;
    // With flash attention: 0.5 GiB + 0.75 MiB * 32 heads = 536,870,912 + 25,165,824 = 562,036,736 B.
    QCOMPARE(overheadBytes(model, scenario, constants), 562036736.0);
    // Without: + 512 ubatch * 8192 ctx * 32 heads * 4 B = 536,870,912 B more (NyxKrage's ctx/1024*2 MiB per head).
    constants.flashAttention = false;
    QCOMPARE(overheadBytes(model, scenario, constants), 562036736.0 + 536870912.0);
}

void TestMemoryEstimate::testRejectsImpossibleInput_data()
{
    QTest::addColumn<double>("paramsB");
    QTest::addColumn<double>("bpw");
    QTest::addColumn<int>("context");
    QTest::addColumn<int>("expectedCode");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("negative params") << -7.0 << 4.85 << 8192 << int(ErrorCode::OutOfRange);
    QTest::newRow("zero params") << 0.0 << 4.85 << 8192 << int(ErrorCode::OutOfRange);
    QTest::newRow("NaN params") << nan << 4.85 << 8192 << int(ErrorCode::InvalidInput);
    QTest::newRow("infinite bpw") << 8.0 << inf << 8192 << int(ErrorCode::InvalidInput);
    QTest::newRow("1e200 B params: past 100 T") << 1e200 << 4.85 << 8192 << int(ErrorCode::OutOfRange);
    QTest::newRow("zero context") << 8.0 << 4.85 << 0 << int(ErrorCode::OutOfRange);
    QTest::newRow("negative context") << 8.0 << 4.85 << -4096 << int(ErrorCode::OutOfRange);
}

void TestMemoryEstimate::testRejectsImpossibleInput()
{
    QFETCH(double, paramsB);
    QFETCH(double, bpw);
    QFETCH(int, context);
    QFETCH(int, expectedCode);
    Scenario scenario;
    scenario.contextTokens = context;
    auto memory = estimateMemory(denseModel(paramsB, 32, 8, 128), quant(bpw), scenario);
    QVERIFY(!memory);
    QCOMPARE(int(memory.error().code), expectedCode);
    QVERIFY(!memory.error().detail.empty());
}

QTEST_GUILESS_MAIN(TestMemoryEstimate)
#include "tst_memory_estimate.moc"
