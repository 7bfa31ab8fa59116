// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `localrig recommend --workload fine-tuning --json` on the shipped catalog (issue 18): the machine is sized
// by the training total, and the "training" object carries every term, worked out here by hand.
#include "LocalrigProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

constexpr double kGiB = 1073741824.0;

// Gemma 4 12B (models.csv, model_training_shapes.csv): 11.95e9 parameters, 48 layers, hidden 3840, MLP 15360,
// 16 heads, sliding layers' 8 KV heads x head_dim 256, vocabulary 262,144, tied embeddings.
// LoRA r=16 on q, k, v, o, gate, up, down, per layer: q 16 x (3840 + 4096) = 126,976; k and v
// 16 x (3840 + 2048) = 94,208 each; o 126,976; gate, up and down 16 x (3840 + 15360) = 307,200 each
// -> 1,363,968 x 48 layers = 65,470,464 trainable parameters.
constexpr double kAdapterParams = 65470464.0;
// Activations, micro-batch 1 x 4,096 tokens (the workload's context), checkpointing: s*b*h = 15,728,640;
// 48 layers x 2 x sbh = 1,509,949,440 + one layer's 34 x sbh = 534,773,760 + logits 10 x 4096 x 262144
// = 10,737,418,240 -> 12,782,141,440 bytes.
constexpr double kActivations = 12782141440.0;
constexpr double kOverhead = 1343.0 * 1048576.0; // 1,408,237,568 (CUDA context, HF memory anatomy)

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

} // namespace

class TestRecommendTraining final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testLoraBreakdownAndTier();
    void testQloraNeedsLessAndATierLower();
    void testBadTrainingOptions();

private:
    QJsonObject recommendJson(const QStringList& extra, int* exitCode = nullptr) const;

    localrig::tests::LocalrigProcess m_localrig;
};

void TestRecommendTraining::initTestCase()
{
    QVERIFY(m_localrig.isValid());
}

QJsonObject TestRecommendTraining::recommendJson(const QStringList& extra, int* exitCode) const
{
    return m_localrig.recommendJson(QStringList{QStringLiteral("--workload"), QStringLiteral("fine-tuning")} + extra,
                                    exitCode);
}

void TestRecommendTraining::testLoraBreakdownAndTier()
{
    const QJsonObject root = recommendJson({});
    const QJsonObject t = root.value(QStringLiteral("training")).toObject();
    QCOMPARE(t.value(QStringLiteral("model")).toString(), QStringLiteral("gemma4_12b"));
    QCOMPARE(t.value(QStringLiteral("method")).toString(), QStringLiteral("lora"));
    QCOMPARE(t.value(QStringLiteral("rank")).toInt(), 16);
    QCOMPARE(t.value(QStringLiteral("batch")).toInt(), 1);
    QCOMPARE(t.value(QStringLiteral("sequence_length")).toInt(), 4096);
    QCOMPARE(t.value(QStringLiteral("checkpointing")).toBool(), true);
    QCOMPARE(t.value(QStringLiteral("trainable_params")).toDouble(), kAdapterParams);
    // Frozen BF16 base: 11.95e9 x 2 = 23.9e9 bytes.
    QVERIFY(near(t.value(QStringLiteral("weights_bytes")).toDouble(), 23.9e9));
    // fp32 adapters and gradients: 65,470,464 x 4 = 261,881,856 each; AdamW 8 B/param = 523,763,712.
    QCOMPARE(t.value(QStringLiteral("adapters_bytes")).toDouble(), kAdapterParams * 4);
    QCOMPARE(t.value(QStringLiteral("gradients_bytes")).toDouble(), kAdapterParams * 4);
    QCOMPARE(t.value(QStringLiteral("optimizer_bytes")).toDouble(), kAdapterParams * 8);
    QCOMPARE(t.value(QStringLiteral("master_weights_bytes")).toDouble(), 0.0);
    QCOMPARE(t.value(QStringLiteral("activations_bytes")).toDouble(), kActivations);
    QCOMPARE(t.value(QStringLiteral("overhead_bytes")).toDouble(), kOverhead);
    // 23.9e9 + 261,881,856 x 2 + 523,763,712 + 12,782,141,440 + 1,408,237,568 = 39,137,906,432 B = 36.45 GiB.
    const double total = 39137906432.0;
    QVERIFY(near(t.value(QStringLiteral("total_bytes")).toDouble(), total));
    // The tier follows from the training total: / 0.75 = 48.6 GiB, past Tier 2's 48 GB -> Tier 3 (64 GB).
    QVERIFY(near(root.value(QStringLiteral("required_memory_bytes")).toDouble(), total / 0.75));
    QCOMPARE(root.value(QStringLiteral("tier")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("tier3"));
    QVERIFY(total / 0.75 > 48 * kGiB);
    // Ten million tokens an epoch by default; the epoch's time is tokens / tokens per second, band for band
    // (the fastest epoch at the highest tokens/s).
    QCOMPARE(t.value(QStringLiteral("epoch_tokens")).toDouble(), 10e6);
    if (t.value(QStringLiteral("tokens_per_s")).isObject()) {
        const QJsonObject tps = t.value(QStringLiteral("tokens_per_s")).toObject();
        const QJsonObject seconds = t.value(QStringLiteral("epoch_seconds")).toObject();
        QVERIFY(near(seconds.value(QStringLiteral("typical")).toDouble(),
                     10e6 / tps.value(QStringLiteral("typical")).toDouble()));
        QVERIFY(
            near(seconds.value(QStringLiteral("low")).toDouble(), 10e6 / tps.value(QStringLiteral("high")).toDouble()));
        // MFU band 21.3 / 31 / 46.2 %: low / typical = 0.213 / 0.31.
        QVERIFY(near(tps.value(QStringLiteral("low")).toDouble() / tps.value(QStringLiteral("typical")).toDouble(),
                     0.213 / 0.31));
    }
}

void TestRecommendTraining::testQloraNeedsLessAndATierLower()
{
    const QJsonObject root = recommendJson({QStringLiteral("--train-method"), QStringLiteral("qlora")});
    const QJsonObject t = root.value(QStringLiteral("training")).toObject();
    QCOMPARE(t.value(QStringLiteral("method")).toString(), QStringLiteral("qlora"));
    // NF4 base: embeddings 262,144 x 3,840 = 1,006,632,960 stay BF16 (x 2 = 2,013,265,920); the other
    // 10,943,367,040 weights at 4.126953125 bits = 0.515869140625 B -> 5,645,345,350.5; together 7,658,611,270.5.
    QVERIFY(near(t.value(QStringLiteral("weights_bytes")).toDouble(), 7658611270.46875));
    // + adapters, gradients, optimizer 1,047,527,424 + activations + overhead = 22,896,517,702 B = 21.3 GiB;
    // / 0.75 = 28.4 GiB: past Tier 1's 24 GB, inside Tier 2's 48 GB.
    QVERIFY(near(t.value(QStringLiteral("total_bytes")).toDouble(), 22896517702.46875));
    QCOMPARE(root.value(QStringLiteral("tier")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("tier2"));
}

void TestRecommendTraining::testBadTrainingOptions()
{
    int exitCode = -1;
    recommendJson({QStringLiteral("--train-method"), QStringLiteral("dpo")}, &exitCode);
    QCOMPARE(exitCode, 2); // ExitBadArguments: "training method 'dpo' is not one of: full, lora, qlora"
    recommendJson({QStringLiteral("--lora-rank"), QStringLiteral("0")}, &exitCode);
    QCOMPARE(exitCode, 2);
    recommendJson({QStringLiteral("--dataset-tokens"), QStringLiteral("-5")}, &exitCode);
    QCOMPARE(exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRecommendTraining)
#include "tst_recommend_training.moc"
