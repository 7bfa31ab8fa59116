// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A published measurement shown as measured, with its source, where an estimate stands for the same model,
// quantization and machine at nearly the same context: the Plan page's ranked table and the Models page; and every
// measurement of a machine, beside the estimate for the same run, in the Hardware page's details.
#include "MeasuredFixture.h"
#include "core/Fit.h"
#include "core/MemoryEstimate.h"
#include "core/Recommender.h"
#include "core/SpeedCalibration.h"
#include "core/SpeedEstimate.h"
#include "ui/BuyerWording.h"
#include "ui/CatalogData.h"
#include "ui/MeasuredEvidence.h"
#include "ui/ModelDetailsPanel.h"
#include "ui/PlatformDetailsPanel.h"
#include "ui/RankedMachinesModel.h"
#include "ui/Wording.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QTreeWidget>

using namespace localrig;

namespace {

int rowOf(const ui::RankedMachinesModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ui::RankedMachinesModel::Machine).data().toString() == name) {
            return row;
        }
    }
    return -1;
}

QTreeWidgetItem* fitsOnItem(const QTreeWidget& tree, const QString& name)
{
    for (int i = 0; i < tree.topLevelItemCount(); ++i) {
        if (tree.topLevelItem(i)->text(ui::ModelDetailsPanel::FitsOnMachine) == name) {
            return tree.topLevelItem(i);
        }
    }
    return nullptr;
}

} // namespace

class TestMeasuredSpeeds final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testRankedTableShowsMeasuredDecode();
    void testRankedTableKeepsTheBandAwayFromTheMeasuredContext();
    void testRankedTableWithoutPlanShowsOnlyEstimates();
    void testFitsOnListShowsMeasuredDecode();
    void testMachineDetailsListItsMeasurementsBesideTheEstimate();
    void testBuyerIsToldWhenTheMachinesRunsDisagree();

private:
    core::Recommendation recommendAt(int context, core::WorkloadPlan& plan) const;
    ui::CatalogData m_catalog = test::measuredCatalog();
};

void TestMeasuredSpeeds::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

core::Recommendation TestMeasuredSpeeds::recommendAt(int context, core::WorkloadPlan& plan) const
{
    plan.needs = {core::ModelNeed{m_catalog.models[0], m_catalog.quants[0], std::nullopt, "chat"}};
    plan.scenario.contextTokens = context;
    auto recommendation = core::recommend(plan.needs, m_catalog.platforms, plan.scenario, core::PlanConstraints{}, {},
                                          core::SpeedCalibration::fitted());
    return recommendation ? recommendation.value() : core::Recommendation{};
}

void TestMeasuredSpeeds::testRankedTableShowsMeasuredDecode()
{
    ui::RankedMachinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::WorkloadPlan plan;
    // 4096 tokens of context: within 4096 of the DGX Spark's depth-0 row and 3584 of the RTX 3090's 512.
    const core::Recommendation recommendation = recommendAt(4096, plan);
    QCOMPARE(recommendation.ranked.size(), std::size_t(3));
    model.setRecommendation(recommendation, plan, m_catalog.measurements);

    const int spark = rowOf(model, QStringLiteral("DGX Spark"));
    QVERIFY(spark >= 0);
    const QModelIndex decode = model.index(spark, ui::RankedMachinesModel::Decode);
    QCOMPARE(decode.data().toString(), QStringLiteral("84 measured")); // the header says tokens/s
    QCOMPARE(decode.data(ui::RankedMachinesModel::SortRole).toDouble(), 84.1);
    const QString tip = decode.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Measured: 84.1 tokens/s decode at 0 tokens of context on CUDA.")),
             qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Prefill: 3782.76 tokens/s on a 2048-token prompt.")));
    QVERIFY(tip.contains(QStringLiteral("Source: llama.cpp benches, 2025-11-02")));
    QVERIFY(tip.contains(QStringLiteral("https://example.org/dgx_spark")));
    const core::PlatformAssessment* assessed = model.assessment(spark);
    QVERIFY(tip.contains(QStringLiteral("LocalRig's estimate: ")
                         + ui::Wording::speedBand(assessed->models.front().speed.decodeTps)));

    // Measured on Vulkan while the card's own backend is CUDA: said in the cell and the tooltip.
    const int rtx = rowOf(model, QStringLiteral("RTX 3090"));
    QCOMPARE(model.index(rtx, ui::RankedMachinesModel::Decode).data().toString(),
             QStringLiteral("181 measured (Vulkan)"));
    QVERIFY(model.index(rtx, ui::RankedMachinesModel::Decode)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("This machine usually runs CUDA; no CUDA measurement is published.")));

    // Nobody measured the Mac: the estimate, at the start of a session and with the context full.
    const int mac = rowOf(model, QStringLiteral("Mac 48GB"));
    QCOMPARE(model.index(mac, ui::RankedMachinesModel::Decode).data().toString(),
             ui::BuyerWording::speedRangeNumbers(model.assessment(mac)->models.front()));
    QVERIFY(!model.measured(mac));
}

void TestMeasuredSpeeds::testRankedTableKeepsTheBandAwayFromTheMeasuredContext()
{
    ui::RankedMachinesModel model;
    core::WorkloadPlan plan;
    // 8192 is 8192 from depth 0 and 7680 from 512: both beyond max(4096, 10 % of 8192).
    model.setRecommendation(recommendAt(8192, plan), plan, m_catalog.measurements);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.measured(row));
        QVERIFY(
            !model.index(row, ui::RankedMachinesModel::Decode).data().toString().contains(QStringLiteral("measured")));
    }
}

void TestMeasuredSpeeds::testRankedTableWithoutPlanShowsOnlyEstimates()
{
    ui::RankedMachinesModel model;
    core::WorkloadPlan plan;
    model.setRecommendation(recommendAt(4096, plan)); // the one-argument form knows no quantization
    const int spark = rowOf(model, QStringLiteral("DGX Spark"));
    QCOMPARE(model.index(spark, ui::RankedMachinesModel::Decode).data().toString(),
             ui::BuyerWording::speedRangeNumbers(model.assessment(spark)->models.front()));
}

void TestMeasuredSpeeds::testFitsOnListShowsMeasuredDecode()
{
    ui::ModelDetailsPanel panel;
    const ui::ModelDisplayInfoMap info;
    panel.setCatalog(&m_catalog, &info);
    core::Scenario scenario;
    scenario.contextTokens = 4096;
    panel.setScenario(scenario);
    panel.setModel("gpt_oss_20b");
    panel.selectQuant("mxfp4");
    QCOMPARE(panel.selectedQuantId(), std::string("mxfp4"));
    auto* tree = panel.findChild<QTreeWidget*>(QStringLiteral("fitsOnTreeWidget"));
    QVERIFY(tree);
    QTreeWidgetItem* spark = fitsOnItem(*tree, QStringLiteral("DGX Spark"));
    QVERIFY(spark);
    QCOMPARE(spark->text(ui::ModelDetailsPanel::FitsOnDecode), QStringLiteral("84 tokens/s measured"));
    QVERIFY(spark->toolTip(ui::ModelDetailsPanel::FitsOnDecode).contains(QStringLiteral("llama.cpp benches")));
    QTreeWidgetItem* mac = fitsOnItem(*tree, QStringLiteral("Mac 48GB"));
    QVERIFY(mac);
    QVERIFY(mac->text(ui::ModelDetailsPanel::FitsOnDecode).endsWith(QLatin1Char(')'))); // "NN tokens/s (lo–hi)"
    QVERIFY(!mac->text(ui::ModelDetailsPanel::FitsOnDecode).contains(QStringLiteral("measured")));

    // At Q8_0 nothing was measured; at 32K of context the depth-0 row no longer stands for the estimate.
    panel.selectQuant("q8_0");
    QVERIFY(!fitsOnItem(*tree, QStringLiteral("DGX Spark"))
                 ->text(ui::ModelDetailsPanel::FitsOnDecode)
                 .contains(QStringLiteral("measured")));
    panel.selectQuant("mxfp4");
    scenario.contextTokens = 32768;
    panel.setScenario(scenario);
    QVERIFY(!fitsOnItem(*tree, QStringLiteral("DGX Spark"))
                 ->text(ui::ModelDetailsPanel::FitsOnDecode)
                 .contains(QStringLiteral("measured")));
}

void TestMeasuredSpeeds::testMachineDetailsListItsMeasurementsBesideTheEstimate()
{
    ui::PlatformDetailsPanel panel;
    panel.setCatalog(&m_catalog);
    core::Scenario page;
    page.contextTokens = 32768; // the page's context; each measurement is estimated at its own
    page.sessions = 4;
    panel.setScenario(page);
    panel.setPlatform("rtx_3090");
    auto* tree = panel.findChild<QTreeWidget*>(QStringLiteral("measuredTreeWidget"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1); // the DGX Spark's row belongs to the Spark
    const QTreeWidgetItem* row = tree->topLevelItem(0);
    QCOMPARE(row->text(ui::PlatformDetailsPanel::MeasuredModel), QStringLiteral("gpt-oss-20b · MXFP4"));
    QCOMPARE(row->text(ui::PlatformDetailsPanel::MeasuredBackend), QStringLiteral("Vulkan"));
    QCOMPARE(row->text(ui::PlatformDetailsPanel::MeasuredContext), QStringLiteral("512 tokens"));
    QCOMPARE(row->text(ui::PlatformDetailsPanel::MeasuredDecode), QStringLiteral("181 tokens/s")); // 181.32
    QVERIFY(row->toolTip(ui::PlatformDetailsPanel::MeasuredDecode).contains(QStringLiteral("llama.cpp PR #21024")));
    // The estimate is the one for the measured run: 512 tokens of context, one sequence, not the page's 32K x 4.
    core::Scenario run = page;
    run.contextTokens = 512;
    run.sessions = 1;
    const core::Platform& rtx = m_catalog.platforms[1];
    const auto memory = core::estimateMemory(m_catalog.models[0], m_catalog.quants[0], run);
    QVERIFY(memory);
    const auto fit = core::assessFit(memory.value(), rtx, run);
    QVERIFY(fit);
    const auto speed
        = core::estimateSpeed({m_catalog.models[0], m_catalog.quants[0], memory.value(), fit.value(), rtx, run},
                              core::SpeedCalibration::fitted());
    QVERIFY(speed);
    QCOMPARE(row->text(ui::PlatformDetailsPanel::MeasuredEstimate), ui::Wording::speedBand(speed.value().decodeTps));
    // A machine nobody measured says so rather than showing an empty list under a bare heading.
    panel.setPlatform("mac_48");
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("measuredHeadingLabel"))
                ->text()
                .contains(QStringLiteral("no published run")));
}

void TestMeasuredSpeeds::testBuyerIsToldWhenTheMachinesRunsDisagree()
{
    // gpt-oss-20b (mixture of experts) on the Mac, which nobody measured in the fixture: nothing to say.
    core::PlatformAssessment mac;
    mac.platform = m_catalog.platforms[2];
    core::ModelOnPlatform entry;
    entry.modelId = "gpt_oss_20b";
    mac.models.push_back(entry);
    const core::Scenario scenario;
    const core::SpeedCalibration& calibration = core::SpeedCalibration::fitted();
    QVERIFY(!ui::MeasuredEvidence::disagreement(m_catalog, mac, scenario, calibration));

    // Two published runs at 512 and 4096 tokens, each at a given share of the core's own estimate for that run.
    const auto estimateAt = [&](int context) {
        core::Scenario run;
        run.contextTokens = context;
        run.sessions = 1;
        const auto memory = core::estimateMemory(m_catalog.models[0], m_catalog.quants[0], run);
        const auto fit = core::assessFit(memory.value(), mac.platform, run);
        return core::estimateSpeed(
                   {m_catalog.models[0], m_catalog.quants[0], memory.value(), fit.value(), mac.platform, run},
                   calibration)
            .value()
            .decodeTps.expected;
    };
    const auto withRuns = [&](double share512, double share4096) {
        ui::CatalogData catalog = m_catalog;
        catalog.measurements.push_back(test::publishedRun("mac_48", core::Backend::Metal, 512,
                                                          share512 * estimateAt(512), "a forum thread", "2026-10"));
        catalog.measurements.push_back(test::publishedRun("mac_48", core::Backend::Metal, 4096,
                                                          share4096 * estimateAt(4096), "a forum thread", "2026-10"));
        const auto found = ui::MeasuredEvidence::disagreement(catalog, mac, scenario, calibration);
        return found ? found->sentence : QString();
    };
    // Median of 0.30 and 0.50 = 0.40, below 1 / 1.4 = 0.714: the buyer is told, with the share in percent and the run
    // nearest the median in log terms (|ln(0.5 / 0.4)| = 0.22 < |ln(0.3 / 0.4)| = 0.29: the 4096-token one).
    const QString slower = withRuns(0.30, 0.50);
    QVERIFY2(slower.contains(QStringLiteral("mixture-of-experts models at about 40 % of LocalRig's estimate (2 run")),
             qPrintable(slower));
    QVERIFY(slower.contains(QStringLiteral("gpt-oss-20b MXFP4 on Metal at 4K tokens of context")));
    QVERIFY(slower.contains(QStringLiteral("Its speeds for such models are scaled to those runs")));
    // Median 0.9 is within the estimate's own scatter: nothing is said. Median 1.6 (1.5 and 1.7) is said as faster.
    QVERIFY(withRuns(0.8, 1.0).isEmpty());
    QVERIFY(withRuns(1.5, 1.7).contains(QStringLiteral("about 160 % of LocalRig's estimate")));
    // One run alone is not enough to contradict the estimate.
    ui::CatalogData single = m_catalog;
    single.measurements.push_back(
        test::publishedRun("mac_48", core::Backend::Metal, 512, 0.3 * estimateAt(512), "a forum thread", "2026-10"));
    QVERIFY(!ui::MeasuredEvidence::disagreement(single, mac, scenario, calibration));

    // The ranked table marks the machine after its reason and gives the sentence as the reason's tooltip.
    ui::CatalogData slow = m_catalog;
    slow.measurements.push_back(
        test::publishedRun("mac_48", core::Backend::Metal, 512, 0.3 * estimateAt(512), "a forum thread", "2026-10"));
    slow.measurements.push_back(
        test::publishedRun("mac_48", core::Backend::Metal, 4096, 0.5 * estimateAt(4096), "a forum thread", "2026-10"));
    core::WorkloadPlan plan;
    const core::Recommendation recommendation = recommendAt(4096, plan);
    const ui::MeasuredEvidence::PlanEvidence evidence
        = ui::MeasuredEvidence::forPlan(slow, slow.platforms, plan.needs, plan.scenario, calibration);
    const auto& marks = evidence.disagreements;
    QCOMPARE(marks.size(), std::size_t(1)); // the Mac; the Spark's and the 3090's runs agree with their estimates
    QCOMPARE(marks.begin()->first, std::string("mac_48"));
    ui::RankedMachinesModel model;
    model.setRecommendation(recommendation);
    model.setDisagreements(marks);
    const int row = rowOf(model, QStringLiteral("Mac 48GB"));
    QVERIFY(row >= 0);
    const QModelIndex why = model.index(row, ui::RankedMachinesModel::Why);
    QVERIFY2(why.data().toString().endsWith(QStringLiteral("; published runs slower")),
             qPrintable(why.data().toString()));
    QCOMPARE(why.data(Qt::ToolTipRole).toString(), marks.begin()->second.sentence);
    const int spark = rowOf(model, QStringLiteral("DGX Spark"));
    QVERIFY(!model.index(spark, ui::RankedMachinesModel::Why).data().toString().contains(QStringLiteral("published")));

    // The same runs scale the Mac's decode for mixture-of-experts models by their median ratio, (0.3 + 0.5) / 2 = 0.4,
    // when the plan is recommended with it (PlanCalculator does so); the machines whose runs agree keep theirs.
    const auto& ratios = evidence.ratios;
    QCOMPARE(ratios.size(), std::size_t(1));
    QVERIFY(std::abs(*ratios.at("mac_48").moe - 0.4) < 1e-9);
    QVERIFY(!ratios.at("mac_48").dense); // the plan has no dense model
    core::PlanConstraints constraints;
    constraints.publishedDecodeRatios = ratios;
    const auto again
        = core::recommend(plan.needs, m_catalog.platforms, plan.scenario, constraints, {}, calibration).value();
    const auto find = [](const core::Recommendation& r, const std::string& id) -> const core::PlatformAssessment& {
        return *std::find_if(r.ranked.begin(), r.ranked.end(),
                             [&](const core::PlatformAssessment& a) { return a.platform.id == id; });
    };
    const core::ModelOnPlatform& before = find(recommendation, "mac_48").models.front();
    const core::ModelOnPlatform& after = find(again, "mac_48").models.front();
    QCOMPARE(after.publishedDecodeRatio, std::optional<double>(0.4));
    QVERIFY(std::abs(after.decodeFullTps.expected - 0.4 * before.decodeFullTps.expected) < 1e-9);
    QVERIFY(std::abs(after.decodeStartTps.expected - 0.4 * before.decodeStartTps.expected) < 1e-9);
    QVERIFY(std::abs(after.speed.decodeTps.high - 0.4 * before.speed.decodeTps.high) < 1e-9);
    QCOMPARE(after.speed.prefillTps.has_value(), before.speed.prefillTps.has_value()); // prefill is not scaled
    const core::ModelOnPlatform& sparkAfter = find(again, "dgx_spark").models.front();
    QVERIFY(!sparkAfter.publishedDecodeRatio);
    QCOMPARE(sparkAfter.decodeFullTps.expected,
             find(recommendation, "dgx_spark").models.front().decodeFullTps.expected);
}

QTEST_MAIN(TestMeasuredSpeeds)
#include "tst_measured_speeds.moc"
