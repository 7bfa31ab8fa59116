// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFixture.h"
#include "ui/NumberField.h"
#include "ui/PlanInputsPanel.h"
#include "ui/PlanPage.h"
#include "ui/RankedMachinesModel.h"
#include "ui/TierCard.h"
#include "ui/Wording.h"
#include "ui/WorkloadListModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace localrig;
using namespace localrig::ui;

namespace {

void tick(QListView* view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->model()->setData(index, Qt::Checked, Qt::CheckStateRole);
}

} // namespace

class TestPlanPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testCodingAssistantShowsTheTier2Card();
    void testStudentLearningShowsTier1();
    void testLongerContextRaisesTheKvShare();
    void testBadNumberIsRefusedWithAMessage();
    void testModelsPassTheModelTester();
    void testGuideCorrectionIsAPlanLint();

private:
    CatalogData m_catalog = test::planFixture();
};

void TestPlanPage::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestPlanPage::testCodingAssistantShowsTheTier2Card()
{
    PlanPage page(m_catalog);
    page.resize(1280, 800);
    page.show();
    auto* list = page.findChild<QListView*>(QStringLiteral("workloadListView"));
    QVERIFY(list);
    tick(list, 0);
    // Weights 35e9*4.85/8 = 21,218,750,000 B; KV 2*10*2*256*2 B * 131072 * 2 sessions = 5,368,709,120 B;
    // overhead 0.5 GiB + 0.75 MiB*16 = 549,453,824 B. Total 27,136,912,944 B = 25.27 GiB, over the
    // 24 GiB comfortable line of a 32 GB Mac; needs 33.70 GiB -> Tier 2 (32-48 GB), the 48 GB Mac.
    auto* card = page.findChild<TierCard*>(QStringLiteral("tierCard"));
    QVERIFY(card);
    QTRY_COMPARE(card->headline(), QStringLiteral("Tier 2 · 32–48 GB · Best value"));
    // One line per workload: its model, context x agents and footprint.
    QVERIFY2(card->bodyText().contains(QStringLiteral("Qwen3.6-35B-A3B · 128K tokens × 2")),
             qPrintable(card->bodyText()));
    QVERIFY2(card->bodyText().contains(QStringLiteral("25.3 GB")), qPrintable(card->bodyText()));
    // The card leads with the answer: the cheapest machine that qualifies, at its price.
    QCOMPARE(card->answer(), QStringLiteral("Buy this: Pro 48 GB — $2,399"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("machinesTableView"));
    QCOMPARE(table->model()->index(0, RankedMachinesModel::Machine).data().toString(), QStringLiteral("Pro 48 GB"));
    // The fixture's Macs publish no FLOPS, so no first-token time: Good, and the row says why.
    QCOMPARE(table->model()->index(0, RankedMachinesModel::Verdict).data().toString(), QStringLiteral("Good"));
    QCOMPARE(table->model()->index(0, RankedMachinesModel::Why).data().toString(),
             QStringLiteral("first-token time unknown"));
    // Too large ranks last, closest first (by the memory it may use, not by price): 25.3 GiB is over the
    // 32 GB Mac's 24 GiB headroom line (usable 32 - 4 = 28 GiB): too large for a buyer, and the row says why;
    // the 16 GB Air (12 GiB usable) cannot hold it at all and comes after it.
    QCOMPARE(table->model()->index(1, RankedMachinesModel::Machine).data().toString(), QStringLiteral("Pro 32 GB"));
    QCOMPARE(table->model()->index(1, RankedMachinesModel::Verdict).data().toString(), QStringLiteral("Too large"));
    QVERIFY(table->model()->index(1, RankedMachinesModel::Why).data().toString().startsWith(QStringLiteral("tight")));
    QCOMPARE(table->model()->index(2, RankedMachinesModel::Machine).data().toString(), QStringLiteral("Air 16 GB"));
    QCOMPARE(table->model()->index(2, RankedMachinesModel::Verdict).data().toString(), QStringLiteral("Too large"));
    auto* changes = page.findChild<QLabel*>(QStringLiteral("changesLabel"));
    QVERIFY(changes->text().contains(QStringLiteral("If you change the plan")));
}

void TestPlanPage::testStudentLearningShowsTier1()
{
    PlanPage page(m_catalog);
    auto* list = page.findChild<QListView*>(QStringLiteral("workloadListView"));
    tick(list, 1);
    auto* card = page.findChild<TierCard*>(QStringLiteral("tierCard"));
    // 11.95e9*4.85/8 = 7,244,687,500 B + sliding KV 2*40*8*256*2*1024 = 335,544,320 + global 8*512*2*16384
    // = 134,217,728 + overhead 549,453,824 = 8,263,903,372 B = 7.70 GiB -> needs 10.26 GiB: Tier 1.
    QTRY_COMPARE(card->headline(), QStringLiteral("Tier 1 · 16–24 GB · Good start"));
}

void TestPlanPage::testLongerContextRaisesTheKvShare()
{
    PlanPage page(m_catalog);
    auto* list = page.findChild<QListView*>(QStringLiteral("workloadListView"));
    tick(list, 0);
    auto* context = page.findChild<QComboBox*>(QStringLiteral("contextComboBox"));
    QVERIFY(context);
    auto kvShare = [&page] {
        const auto& ranked = page.calculator()->result().recommendation->ranked;
        const core::MemoryBreakdown& m = ranked.front().models.front().memory;
        return m.kvCacheBytes / m.totalBytes;
    };
    context->setCurrentIndex(context->findData(8192));
    // 8K: KV = 20,480 B * 8192 * 2 = 335,544,320 B of 22,103,748,144 B = 1.5 %.
    const double shortShare = kvShare();
    QVERIFY(std::abs(shortShare - 335544320.0 / 22103748144.0) < 1e-9);
    auto* card = page.findChild<TierCard*>(QStringLiteral("tierCard"));
    QCOMPARE(card->headline(), QStringLiteral("Tier 2 · 32–48 GB · Best value")); // 20.6 GiB / 0.75 = 27.4
    context->setCurrentIndex(context->findData(131072));
    QVERIFY(kvShare() > 10 * shortShare); // 5,368,709,120 / 27,136,912,944 = 19.8 %
    // At 8K the 32 GB Mac was comfortable (20.6 <= 24 GiB); at 128K it is tight: the verdict changed.
    context->setCurrentIndex(context->findData(8192));
    auto* table = page.findChild<QTableView*>(QStringLiteral("machinesTableView"));
    QCOMPARE(table->model()->index(0, RankedMachinesModel::Machine).data().toString(), QStringLiteral("Pro 32 GB"));
}

void TestPlanPage::testBadNumberIsRefusedWithAMessage()
{
    PlanPage page(m_catalog);
    page.show();
    auto* api = page.findChild<QLineEdit*>(QStringLiteral("apiSpendLineEdit"));
    QVERIFY(api);
    api->clear();
    QTest::keyClicks(api, QStringLiteral("150"));
    QCOMPARE(page.calculator()->inputs().apiUsdPerMonth, 150.0);
    QTest::keyClicks(api, QStringLiteral("abc"));
    auto* field = qobject_cast<NumberField*>(api->parentWidget());
    QVERIFY(field);
    QVERIFY(!field->isAcceptable());
    QVERIFY(field->errorText().contains(QStringLiteral("Enter a number")));
    QCOMPARE(page.calculator()->inputs().apiUsdPerMonth, 150.0); // the last good value stays
    api->clear();
    QTest::keyClicks(api, QStringLiteral("-5"));
    QVERIFY(!field->isAcceptable());
}

void TestPlanPage::testModelsPassTheModelTester()
{
    WorkloadListModel workloads;
    QAbstractItemModelTester tester1(&workloads, QAbstractItemModelTester::FailureReportingMode::QtTest);
    workloads.setWorkloads(m_catalog.workloadInfo);
    workloads.setCheckedSlugs({QStringLiteral("rag")});
    RankedMachinesModel machines;
    QAbstractItemModelTester tester2(&machines, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PlanCalculator calculator(m_catalog);
    PlanInputs inputs;
    inputs.workloads = {QStringLiteral("coding-assistant")};
    calculator.setInputs(inputs);
    machines.setRecommendation(*calculator.result().recommendation);
    QCOMPARE(machines.rowCount(), 3);
    machines.clear();
    QCOMPARE(machines.rowCount(), 0);
}

// The guide's contradicted figure for the recommended machine (a hand-made catalog row) reaches the Plan page's
// lints, worded through Wording; a row whose figure holds adds nothing.
void TestPlanPage::testGuideCorrectionIsAPlanLint()
{
    CatalogData catalog = test::planFixture();
    catalog.guideChecks = {{"Pro 48 GB", "Pro 48 GB", "Pro 48GB · ~$2,000", "contradicted (price): it costs $2,399"},
                           {"Air 16 GB", "Air 16 GB", "Air 16GB", "confirmed: 16 GB"}};
    PlanCalculator calculator(catalog);
    PlanInputs inputs;
    inputs.workloads = {QStringLiteral("coding-assistant")}; // recommends Pro 48 GB (see the first test)
    calculator.setInputs(inputs);
    QStringList corrections;
    for (const core::Lint& lint : calculator.result().lints) {
        if (lint.code == core::LintCode::GuideFigureCorrected) {
            corrections.append(Wording::lint(lint));
        }
    }
    QCOMPARE(
        corrections,
        QStringList{QStringLiteral("Pro 48 GB: the guide says “Pro 48GB · ~$2,000”; sources say: it costs $2,399.")});
}

QTEST_MAIN(TestPlanPage)
#include "tst_plan_page.moc"
