// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: the Plan page's fine-tuning inputs and the tier card that sizes a machine for training.
#include "PlanFixture.h"
#include "ui/PlanPage.h"
#include "ui/TierCard.h"
#include "ui/TrainingInputs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListView>
#include <QSpinBox>
#include <QTest>

using namespace localrig;
using namespace localrig::ui;

namespace {

constexpr int kFineTuningRow = 2;

// The shared fixture plus the fine-tuning workload on Gemma 4 12B at BF16 and 4,096 tokens, Gemma 4 12B's
// config.json shape, and a 64 GB Mac. The FLOPS figure is a test value, not a catalog figure.
CatalogData trainingFixture()
{
    CatalogData catalog = test::planFixture();
    for (core::ModelSpec& model : catalog.models) {
        if (model.id == "gemma4_12b") {
            model.trainingDims = core::ModelTrainingDims{3840, 15360, 262144, true};
        }
    }
    core::Quantization bf16;
    bf16.id = "bf16";
    bf16.name = "BF16";
    bf16.bitsPerWeight = 16.0;
    catalog.quants.push_back(bf16);
    core::Platform big = test::fixtureMac("Pro 64 GB", 64, 273, 2999, 60);
    big.fp16Tflops = 30.0;
    catalog.platforms.push_back(big);
    catalog.workloads.push_back({"fine-tuning", "Fine-tuning", "gemma4_12b", "bf16", 4096, 1});
    catalog.workloadInfo.push_back(
        {QStringLiteral("fine-tuning"), QStringLiteral("Fine-tuning"), QStringLiteral("Adapt a model")});
    return catalog;
}

void setTicked(QListView* view, int row, bool ticked)
{
    view->model()->setData(view->model()->index(row, 0), ticked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

} // namespace

class TestTrainingInputs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testShownOnlyWhileFineTuningIsTicked();
    void testCardSizesTheMachineForTraining();

private:
    CatalogData m_catalog = trainingFixture();
};

void TestTrainingInputs::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestTrainingInputs::testShownOnlyWhileFineTuningIsTicked()
{
    PlanPage page(m_catalog);
    page.show();
    QVERIFY(!page.findChild<TrainingInputs*>()); // not built until fine-tuning is ticked (start-up cost)
    auto* list = page.findChild<QListView*>(QStringLiteral("workloadListView"));
    setTicked(list, 0, true);
    QVERIFY(!page.findChild<TrainingInputs*>());
    setTicked(list, 0, false);
    setTicked(list, kFineTuningRow, true);
    auto* inputs = page.findChild<TrainingInputs*>(QStringLiteral("trainingInputs"));
    QVERIFY(inputs);
    QVERIFY(inputs->isVisible());
    auto* method = inputs->findChild<QComboBox*>(QStringLiteral("trainingMethodComboBox"));
    auto* rank = inputs->findChild<QSpinBox*>(QStringLiteral("loraRankSpinBox"));
    auto* checkpointing = inputs->findChild<QCheckBox*>(QStringLiteral("checkpointingCheckBox"));
    QVERIFY(method && rank && checkpointing);
    QCOMPARE(rank->value(), 16);
    QVERIFY(checkpointing->isChecked());
    method->setCurrentIndex(method->findData(static_cast<int>(core::TrainingMethod::Full)));
    QVERIFY(!rank->isEnabled()); // full fine-tuning has no rank
    QVERIFY(inputs->settings().method == core::TrainingMethod::Full);
    setTicked(list, kFineTuningRow, false);
    QVERIFY(!inputs->isVisible());
}

void TestTrainingInputs::testCardSizesTheMachineForTraining()
{
    PlanPage page(m_catalog);
    page.resize(1280, 900);
    page.show();
    auto* list = page.findChild<QListView*>(QStringLiteral("workloadListView"));
    setTicked(list, kFineTuningRow, true);
    auto* card = page.findChild<TierCard*>(QStringLiteral("tierCard"));
    QVERIFY(card);
    // LoRA r=16, batch 1 x 4,096 tokens, checkpointing: 23.9e9 weights + 1,047,527,424 adapters, gradients and
    // AdamW + 12,782,141,440 activations + 1,408,237,568 overhead = 39,137,906,432 B = 36.45 GiB; / 0.75 =
    // 48.6 GiB, past Tier 2's 48 -> Tier 3 (tests/cli/tst_recommend_training.cpp has every term).
    QTRY_COMPARE(card->headline(), QStringLiteral("Tier 3 · 64 GB · Power users"));
    QVERIFY2(card->bodyText().contains(QStringLiteral("36.5 GB to train")), qPrintable(card->bodyText()));
    // 36.45 GiB fits under 0.75 x 64 = 48 GiB only on the 64 GB Mac.
    QCOMPARE(card->answer(), QStringLiteral("Buy this: Pro 64 GB — $2,999"));
    // LoRA: 4 x 11.95e9 = 4.78e10 FLOPs a token; 30e12 x 0.31 / 4.78e10 = 194.6 tokens/s (MFU 0.213: 133.7;
    // 0.462: 290.0); 10 M tokens / 194.6 = 51,398 s = 14.3 h (34,484 s = 9.6 h to 74,804 s = 20.8 h).
    QVERIFY2(card->bodyText().contains(QStringLiteral("about 195 training tokens/s (134–290)")),
             qPrintable(card->bodyText()));
    QVERIFY2(card->bodyText().contains(QStringLiteral("an epoch of 10 M tokens takes about 14.3 h (9.6 h–20.8 h)")),
             qPrintable(card->bodyText()));
    // QLoRA: the 4-bit base needs 21.3 GiB -> 28.4 GiB: Tier 2, and the 32 GB Mac (24 GiB line) holds it.
    auto* method = page.findChild<QComboBox*>(QStringLiteral("trainingMethodComboBox"));
    method->setCurrentIndex(method->findData(static_cast<int>(core::TrainingMethod::Qlora)));
    QTRY_COMPARE(card->headline(), QStringLiteral("Tier 2 · 32–48 GB · Best value"));
    QCOMPARE(card->answer(), QStringLiteral("Buy this: Pro 32 GB — $1,799"));
    QVERIFY2(card->bodyText().contains(QStringLiteral("speed not estimated")), qPrintable(card->bodyText()));
}

QTEST_MAIN(TestTrainingInputs)
#include "tst_training_inputs.moc"
