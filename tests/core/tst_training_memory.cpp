// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Training memory and speed (core/training): every term by hand, then against published figures.
#include "PublishedTraining.h"
#include "core/Units.h"
#include "core/training/TrainingMemory.h"
#include "core/training/TrainingSpeed.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

Q_DECLARE_METATYPE(localrig::core::TrainingRequest)

using namespace localrig;
using namespace localrig::core;
using namespace localrig::core::published;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

class TestTrainingMemory final : public QObject
{
    Q_OBJECT

private slots:
    void testEveryTermByHand();
    void testQloraBreakdownByHand();
    void testFullFineTuningByHand();
    void testRejectsBadInput_data();
    void testRejectsBadInput();
    void testShapeFromModelSpec();
    void testSpeedByHand();
    void testQwenSpeedsFallInTheMfuBand();
    void testPublishedFigures();
};

void TestTrainingMemory::testEveryTermByHand()
{
    // Llama-3-8B: 128256 x 4096 = 525,336,576 per matrix, untied -> 1,050,673,152.
    QCOMPARE(embeddingParams(kLlama3_8B), 1050673152.0);
    TrainingShape tied = kLlama3_8B;
    tied.tiedEmbeddings = true;
    QCOMPARE(embeddingParams(tied), 525336576.0);
    // r=16 per layer: q 16*(4096+4096)=131072, k 16*(4096+1024)=81920, v 81920, o 131072,
    // gate 16*(4096+14336)=294912, up 294912, down 294912 -> 1,310,720 x 32 layers = 41,943,040.
    QCOMPARE(loraAdapterParams(kLlama3_8B, 16, kLoraAllLinear), 41943040.0);
    // q and v only: (131072 + 81920) x 32 = 6,815,744.
    QCOMPARE(loraAdapterParams(kLlama3_8B, 16, kLoraQv), 6815744.0);
    // down alone at r=1: (14336 + 4096) x 32 = 589,824.
    QCOMPARE(loraAdapterParams(kLlama3_8B, 1, LoraDown), 589824.0);
    QCOMPARE(bytesPerWeight(WeightPrecision::Fp32), 4.0);
    QCOMPARE(bytesPerWeight(WeightPrecision::Bf16), 2.0);
    // NF4: 4 bits + 8/64 + 32/(64*256) = 4 + 0.125 + 0.001953125 = 4.126953125 bits = 0.515869140625 B.
    QCOMPARE(bytesPerWeight(WeightPrecision::Nf4), 0.515869140625);
    QCOMPARE(optimizerBytesPerParam(OptimizerKind::AdamW), 8.0);
    QCOMPARE(optimizerBytesPerParam(OptimizerKind::AdamW8bit), 2.0);
    QCOMPARE(optimizerBytesPerParam(OptimizerKind::Sgd), 4.0);
    // s=2048, b=1, h=4096: sbh = 8,388,608; x 34 = 285,212,672 bytes per layer with flash attention.
    QCOMPARE(activationBytesPerLayer(kLlama3_8B, 1, 2048, true), 285212672.0);
    // Without: + 5 * a * s / h = 5 * 32 * 2048 / 4096 = 80 -> sbh x 114 = 956,301,312.
    QCOMPARE(activationBytesPerLayer(kLlama3_8B, 1, 2048, false), 956301312.0);
    // Logits: 10 B x 2 x 2048 x 128256 = 5,253,365,760.
    QCOMPARE(logitBytes(kLlama3_8B, 2, 2048), 5253365760.0);
}

void TestTrainingMemory::testQloraBreakdownByHand()
{
    TrainingRequest r = request(8.03e9, kLlama3_8B, TrainingMethod::Qlora); // r=16 all linear, AdamW, 1 x 2048
    const auto memory = estimateTrainingMemory(r);
    QVERIFY(memory);
    const TrainingMemory& m = memory.value();
    // Weights: (8.03e9 - 1,050,673,152) x 0.515869140625 + 1,050,673,152 x 2
    //        = 6,979,326,848 x 0.515869140625 + 2,101,346,304 = 3,600,418,963.5 + 2,101,346,304.
    QCOMPARE(m.weightsBytes, 6979326848.0 * 0.515869140625 + 2101346304.0);
    QCOMPARE(m.trainableParams, 41943040.0);
    QCOMPARE(m.adapterBytes, 41943040.0 * 4); // fp32 adapters
    QCOMPARE(m.gradientBytes, 41943040.0 * 4);
    QCOMPARE(m.optimizerBytes, 41943040.0 * 8); // two fp32 moments
    QCOMPARE(m.masterWeightsBytes, 0.0);
    // Checkpointing: 32 layers x 2 x 8,388,608 + one layer 285,212,672 + logits 10 x 2048 x 128256.
    QCOMPARE(m.activationBytes, 32 * 2 * 8388608.0 + 285212672.0 + 10.0 * 2048 * 128256);
    QCOMPARE(m.overheadBytes, 1343.0 * 1048576); // kTrainingFrameworkOverheadBytes
    QCOMPARE(m.totalBytes,
             m.weightsBytes + m.adapterBytes + m.gradientBytes + m.optimizerBytes + m.activationBytes
                 + m.overheadBytes);
    QCOMPARE(m.deviceBytesWhenPaged, m.totalBytes); // not paged: everything stays on the device
    r.pagedOptimizer = true; // paged: the optimizer state may leave for host RAM
    QCOMPARE(estimateTrainingMemory(r).value().deviceBytesWhenPaged, m.totalBytes - m.optimizerBytes);
    // Without checkpointing every layer keeps 285,212,672 bytes: 32 x that + logits.
    r.gradientCheckpointing = false;
    QCOMPARE(estimateTrainingMemory(r).value().activationBytes, 32 * 285212672.0 + 10.0 * 2048 * 128256);
}

void TestTrainingMemory::testFullFineTuningByHand()
{
    // Mixed precision (ZeRO 3.1): bf16 weights 2 + bf16 gradients 2 + fp32 master 4 + AdamW 8 = 16 B/param.
    TrainingRequest r = request(1e9, kGpt2Xl, TrainingMethod::Full);
    TrainingMemory m = estimateTrainingMemory(r).value();
    QCOMPARE(m.weightsBytes, 2e9);
    QCOMPARE(m.gradientBytes, 2e9);
    QCOMPARE(m.masterWeightsBytes, 4e9);
    QCOMPARE(m.optimizerBytes, 8e9);
    QCOMPARE(m.adapterBytes, 0.0);
    // fp32 training (HF anatomy): 4 + 4 + 8 = 16 B/param, no master copy; activations at twice the size.
    r.basePrecision = WeightPrecision::Fp32;
    r.gradientCheckpointing = false;
    m = estimateTrainingMemory(r).value();
    QCOMPARE(m.weightsBytes + m.gradientBytes + m.masterWeightsBytes + m.optimizerBytes, 16e9);
    QCOMPARE(m.activationBytes,
             2 * 48 * activationBytesPerLayer(kGpt2Xl, 1, 2048, true) + logitBytes(kGpt2Xl, 1, 2048));
    // Pure bf16 without a master copy, 8-bit Adam: 2 + 2 + 2 = 6 B/param.
    r.basePrecision = WeightPrecision::Bf16;
    r.fp32MasterWeights = false;
    r.optimizer = OptimizerKind::AdamW8bit;
    m = estimateTrainingMemory(r).value();
    QCOMPARE(m.weightsBytes + m.gradientBytes + m.masterWeightsBytes + m.optimizerBytes, 6e9);
}

void TestTrainingMemory::testRejectsBadInput_data()
{
    QTest::addColumn<TrainingRequest>("input");
    QTest::addColumn<int>("code");
    using Change = void (*)(TrainingRequest&);
    const auto row = [](const char* name, ErrorCode code, Change change) {
        TrainingRequest r = request(8.03e9, kLlama3_8B, TrainingMethod::Qlora);
        change(r);
        QTest::newRow(name) << r << static_cast<int>(code);
    };
    const ErrorCode invalid = ErrorCode::InvalidInput;
    const ErrorCode range = ErrorCode::OutOfRange;
    row("NaN parameters", invalid, [](TrainingRequest& r) { r.totalParams = std::nan(""); });
    row("1e9 < 1.05e9 embedding parameters", range, [](TrainingRequest& r) { r.totalParams = 1e9; });
    row("64 KV heads > 32 heads", range, [](TrainingRequest& r) { r.shape.kvHeads = 64; });
    row("no layers", range, [](TrainingRequest& r) { r.shape.layers = 0; });
    row("rank 0", range, [](TrainingRequest& r) { r.loraRank = 0; });
    row("no targets", invalid, [](TrainingRequest& r) { r.loraTargets = 0; });
    row("unknown target", invalid, [](TrainingRequest& r) { r.loraTargets = 1U << 9U; });
    row("QLoRA on bf16", invalid, [](TrainingRequest& r) { r.basePrecision = WeightPrecision::Bf16; });
    row("LoRA on NF4", invalid, [](TrainingRequest& r) {
        r.method = TrainingMethod::Lora;
        r.basePrecision = WeightPrecision::Nf4;
    });
    row("negative batch", range, [](TrainingRequest& r) { r.microBatch = -1; });
    row("empty sequence", range, [](TrainingRequest& r) { r.sequenceLength = 0; });
    row("negative overhead", range, [](TrainingRequest& r) { r.frameworkOverheadBytes = -1.0; });
}

void TestTrainingMemory::testRejectsBadInput()
{
    QFETCH(TrainingRequest, input);
    QFETCH(int, code);
    const auto memory = estimateTrainingMemory(input);
    QVERIFY(!memory);
    QCOMPARE(static_cast<int>(memory.error().code), code);
    QVERIFY(!memory.error().detail.empty());
}

void TestTrainingMemory::testShapeFromModelSpec()
{
    ModelSpec model;
    model.id = "llama3_8b";
    model.attentionHeads = 32;
    model.kvGroups = gqaLayers(32, 8, 128);
    const TrainingShape shape = trainingShapeFrom(model, 4096, 14336, 128256, false).value();
    QVERIFY(shape.layers == 32 && shape.kvHeads == 8 && shape.headDim == 128 && shape.attentionHeads == 32);
    QCOMPARE(loraAdapterParams(shape, 16, kLoraAllLinear), 41943040.0); // as the hand-written Llama-3-8B shape
    QCOMPARE(trainingShapeFrom(model, 0, 14336, 128256, false).error().code, ErrorCode::OutOfRange);
    model.kvGroups.clear();
    QCOMPARE(trainingShapeFrom(model, 4096, 14336, 128256, false).error().code, ErrorCode::InvalidInput);
}

void TestTrainingMemory::testSpeedByHand()
{
    // Full: 6 x 8e9 = 4.8e10 FLOPs/token; LoRA: 4 x 8e9 = 3.2e10.
    QCOMPARE(trainingFlopsPerToken(8e9, TrainingMethod::Full), 4.8e10);
    QCOMPARE(trainingFlopsPerToken(8e9, TrainingMethod::Qlora), 3.2e10);
    // LoRA on 165e12 FLOP/s at MFU 0.2 / 0.3 / 0.4: 165e12 / 3.2e10 = 5156.25 tokens/s at 100 %
    // -> 1031.25 / 1546.875 / 2062.5 tokens/s; 20e6 tokens x 3 epochs = 6e7 tokens.
    TrainingSpeedRequest request{8e9, TrainingMethod::Lora, 165e12, 20e6, 3.0, Band{0.2, 0.3, 0.4}};
    const TrainingSpeed speed = estimateTrainingSpeed(request).value();
    QCOMPARE(speed.tokensPerSecond.low, 1031.25);
    QCOMPARE(speed.tokensPerSecond.typical, 1546.875);
    QCOMPARE(speed.tokensPerSecond.high, 2062.5);
    QCOMPARE(speed.seconds.low, 6e7 / 2062.5); // 29,090.9 s, about 8 h
    QCOMPARE(speed.seconds.high, 6e7 / 1031.25);
    request.peakFlops = 0.0; // no FLOPS
    QCOMPARE(estimateTrainingSpeed(request).error().code, ErrorCode::OutOfRange);
    request.peakFlops = 100e12;
    request.mfu = Band{0.5, 0.3, 0.4}; // low above typical
    QCOMPARE(estimateTrainingSpeed(request).error().code, ErrorCode::OutOfRange);
    request.mfu = kMfuBand;
    request.epochs = std::nan("");
    QCOMPARE(estimateTrainingSpeed(request).error().code, ErrorCode::InvalidInput);
}

void TestTrainingMemory::testQwenSpeedsFallInTheMfuBand()
{
    // Qwen README (A100 312e12 bf16 FLOP/s, batch 1 x 8 accumulation): tokens per iteration / (s/it), then
    // MFU = tokens/s x FLOPs per token / 312e12. Full fine-tuning ran on 2 GPUs (2 x 8 x 1024 tokens).
    const struct
    {
        const char* what;
        double tokensPerSecond, params;
        TrainingMethod method;
        double peak;
    } rows[] = {
        {"Qwen-7B LoRA 2048: 16384 / 5.2 s", 16384 / 5.2, 7.72e9, TrainingMethod::Lora, 312e12},
        {"Qwen-7B Q-LoRA 2048: 16384 / 7.0 s", 16384 / 7.0, 7.72e9, TrainingMethod::Qlora, 312e12},
        {"Qwen-14B LoRA 2048: 16384 / 8.4 s", 16384 / 8.4, 14.17e9, TrainingMethod::Lora, 312e12},
        {"Qwen-7B full 1024, 2 GPUs: 16384 / 4.5 s", 16384 / 4.5, 7.72e9, TrainingMethod::Full, 2 * 312e12},
    };
    for (const auto& row : rows) {
        const double mfu = row.tokensPerSecond * trainingFlopsPerToken(row.params, row.method) / row.peak;
        qInfo("%s -> MFU %.3f", row.what, mfu);
        QVERIFY2(mfu >= kMfuBand.low && mfu <= kMfuBand.high, row.what);
    }
}

void TestTrainingMemory::testPublishedFigures()
{
    std::vector<double> errors;
    std::vector<double> measuredErrors;
    qInfo("| figure | how checked | source | published GiB | ours GiB | error |");
    for (const Published& row : publishedFigures()) {
        const auto memory = estimateTrainingMemory(row.request);
        QVERIFY2(memory, row.what);
        const TrainingMemory& m = memory.value();
        const double ours
            = bytesToGiB(row.modelStatesOnly ? m.totalBytes - m.activationBytes - m.overheadBytes : m.totalBytes);
        const double error = (ours - row.figureGiB) / row.figureGiB;
        errors.push_back(std::abs(error));
        const char* how = row.check == Check::Measured ? "measured" : row.check == Check::Fits ? "fits" : "minimum";
        qInfo("| %s | %s | %s | %.2f | %.2f | %+.1f %% |", row.what, how, row.source, row.figureGiB, ours,
              100.0 * error);
        switch (row.check) {
        case Check::Measured:
            measuredErrors.push_back(std::abs(error));
            QVERIFY2(std::abs(error) <= row.tolerance, row.what);
            break;
        case Check::Fits:
            QVERIFY2(ours <= row.figureGiB, row.what);
            break;
        case Check::Minimum:
            QVERIFY2(bytesToGiB(m.weightsBytes) <= row.figureGiB, row.what);
            break;
        }
    }
    qInfo("median |error|: %.1f %% over all %zu figures, %.1f %% over the %zu measured with published settings",
          100.0 * median(errors), errors.size(), 100.0 * median(measuredErrors), measuredErrors.size());
    QVERIFY(measuredErrors.size() >= 6);
}

QTEST_GUILESS_MAIN(TestTrainingMemory)
#include "tst_training_memory.moc"
