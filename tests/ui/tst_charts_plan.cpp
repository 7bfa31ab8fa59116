// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: charts follow the plan (allowed machines, the plan's memory range), their labels never cover
// each other, and their legends show every name whole.
#include "PlanFixture.h"
#include "ui/ComparePage.h"
#include "ui/PlanCalculator.h"
#include "ui/TierCard.h"
#include "ui/TierCardsRow.h"
#include "ui/charts/ChartSeries.h"
#include "ui/charts/CompareCharts.h"
#include "ui/charts/MemoryFitChart.h"
#include "ui/charts/PriceSpeedChart.h"
#include "ui/charts/TcoChart.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QListWidget>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace localrig;
using namespace localrig::ui;

namespace {

QStringList hoverOf(const QChart& chart, const QString& objectName)
{
    QStringList texts;
    for (QAbstractSeries* s : chart.series()) {
        if (s->objectName() == objectName) {
            texts += hoverTexts(*s);
        }
    }
    return texts;
}

// The text boxes addLineLabel made whose label starts with `prefix`, in scene coordinates.
QList<QRectF> labelBoxes(const QGraphicsItem& parent, const QString& prefix)
{
    QList<QRectF> boxes;
    for (const QGraphicsItem* item : parent.childItems()) {
        const auto* label = dynamic_cast<const QGraphicsSimpleTextItem*>(item);
        if (label && label->text().startsWith(prefix) && label->parentItem()->isVisible()) {
            boxes.append(label->parentItem()->sceneBoundingRect());
        }
        boxes += labelBoxes(*item, prefix);
    }
    return boxes;
}

QString wrappedLegend(const QChart& chart)
{
    for (const QGraphicsItem* item : chart.childItems()) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
            text && text->objectName() == wrappedLegendName()) {
            return text->toPlainText();
        }
    }
    return {};
}

// A chart laid out as the Compare page shows it.
void layOut(QChartView& view, QChart* chart, QSize size)
{
    // setChart() releases the view's default chart without deleting it: delete it here.
    std::unique_ptr<QChart> previous(view.chart());
    view.setChart(chart);
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
}

} // namespace

class TestChartsPlan final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testDefaultMachinesPreferThoseThatRunThePlan();
    void testPriceSpeedNamesNeverCoverAnotherMachine();
    void testPriceSpeedDrawsOnlyWhatAnAppleOnlyPlanAllows();
    void testMemoryAxisFollowsThePlanNotTheLargestMachine();
    void testBreakEvenLabelsDoNotOverlap();
    void testLegendShowsEveryNameWhole();
    void testComparePageFollowsThePlan();

private:
    PlanResult plan(const QString& vendor, const QStringList& machineIds, ComparisonSelection* selection);

    CatalogData m_catalog = catalogWithACardAndA512GbMac();
    PlanCalculator m_calculator{m_catalog};
    static CatalogData catalogWithACardAndA512GbMac();
};

CatalogData TestChartsPlan::catalogWithACardAndA512GbMac()
{
    CatalogData catalog = test::planFixture();
    core::Platform card = test::fixtureMac("GeForce RTX 5090 (desktop card)", 32, 1792, 1999, 575);
    card.vendor = "NVIDIA";
    card.memoryKind = core::MemoryKind::Discrete;
    card.vramGiB = 32;
    card.memoryGiB = 64;
    card.backend = core::Backend::Cuda;
    card.portable = false;
    catalog.platforms.push_back(card);
    catalog.platforms.push_back(test::fixtureMac("Studio 512 GB", 512, 819, 9499, 270));
    return catalog;
}

void TestChartsPlan::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

PlanResult TestChartsPlan::plan(const QString& vendor, const QStringList& machineIds, ComparisonSelection* selection)
{
    PlanInputs inputs;
    inputs.workloads = {QStringLiteral("coding-assistant")};
    inputs.apiUsdPerMonth = 150.0;
    inputs.vendor = vendor;
    m_calculator.setInputs(inputs);
    PlanResult result = m_calculator.result();
    for (const QString& id : machineIds) {
        selection->machineIds.push_back(id.toStdString());
    }
    selection->modelIds = CompareCharts::allModels(result);
    return result;
}

void TestChartsPlan::testDefaultMachinesPreferThoseThatRunThePlan()
{
    // A budget plan: one slow machine within it, one too small within it, two that run it well over it, one too
    // small over it. The charts compare the slow one with what more money buys, not with the one that cannot load it.
    core::Recommendation recommendation;
    const auto add = [&](const char* id, core::BuyerVerdict verdict, bool excluded) {
        core::PlatformAssessment a;
        a.platform.id = id;
        a.verdict = verdict;
        a.excluded = excluded;
        recommendation.ranked.push_back(a);
    };
    add("slow", core::BuyerVerdict::Slow, false);
    add("small", core::BuyerVerdict::TooLarge, false);
    add("dear", core::BuyerVerdict::Great, true);
    add("dearer", core::BuyerVerdict::Good, true);
    add("dear_small", core::BuyerVerdict::TooLarge, true);
    QCOMPARE(CompareCharts::defaultMachines(recommendation, 3), (std::vector<std::string>{"slow", "dear", "dearer"}));
    // Too few of those: the rest fill up in ranked order.
    QCOMPARE(CompareCharts::defaultMachines(recommendation, 5),
             (std::vector<std::string>{"slow", "dear", "dearer", "small", "dear_small"}));
}

void TestChartsPlan::testPriceSpeedNamesNeverCoverAnotherMachine()
{
    // Two machines at the same speed, the dearer one $200 to the right: the cheaper one is the front and is named;
    // right of its dot the name would run over the other dot, so it goes to the left.
    const std::vector<PriceSpeedPoint> points{{QStringLiteral("Mac mini M4 16 GB"), 799, 9.0, {}},
                                              {QStringLiteral("Mac mini M4 24 GB"), 999, 9.0, {}}};
    QChartView view;
    auto chart = PriceSpeedChart::build(points, ChartStyle::paper());
    QChart* raw = chart.release();
    layOut(view, raw, QSize(640, 420));
    const QGraphicsSimpleTextItem* name = nullptr;
    for (const QGraphicsItem* item : raw->childItems()) {
        if (const auto* text = dynamic_cast<const QGraphicsSimpleTextItem*>(item);
            text && text->text() == QStringLiteral("Mac mini M4 16 GB")) {
            name = text;
        }
    }
    QVERIFY(name);
    QVERIFY(name->isVisible());
    QAbstractSeries* others = nullptr;
    QAbstractSeries* front = nullptr;
    for (QAbstractSeries* series : raw->series()) {
        others = series->objectName() == PriceSpeedChart::machinesSeriesName() ? series : others;
        front = series->objectName() == PriceSpeedChart::frontPointsSeriesName() ? series : front;
    }
    QVERIFY(others && front);
    const QPointF dear = raw->mapToPosition({999, 9.0}, others);
    const QPointF cheap = raw->mapToPosition({799, 9.0}, front);
    const QRectF box = name->sceneBoundingRect();
    QVERIFY2(!box.intersects(QRectF(dear - QPointF(5, 5), QSizeF(10, 10))), "the name covers the other machine");
    QVERIFY(box.right() < cheap.x()); // left of its own dot
}

void TestChartsPlan::testPriceSpeedDrawsOnlyWhatAnAppleOnlyPlanAllows()
{
    ComparisonSelection selection;
    PlanResult any
        = plan(QStringLiteral("any"), {QStringLiteral("Pro 48 GB"), QStringLiteral("Pro 32 GB")}, &selection);
    QVERIFY(any.recommendation);
    auto charts = CompareCharts::build(any, m_calculator.inputs(), selection, ChartStyle::paper());
    QVERIFY(charts);
    const QChart& anyChart = *charts.value()[CompareCharts::PriceSpeed];
    // Without a vendor choice the card is on the chart (it is the fastest for its price: on the front).
    QVERIFY(hoverOf(anyChart, PriceSpeedChart::frontPointsSeriesName()).join(u'|').contains(u"GeForce"));

    ComparisonSelection appleSelection;
    PlanResult apple
        = plan(QStringLiteral("apple"), {QStringLiteral("Pro 48 GB"), QStringLiteral("Pro 32 GB")}, &appleSelection);
    charts = CompareCharts::build(apple, m_calculator.inputs(), appleSelection, ChartStyle::paper());
    QVERIFY(charts);
    const QChart& chart = *charts.value()[CompareCharts::PriceSpeed];
    const QStringList shown = hoverOf(chart, PriceSpeedChart::machinesSeriesName())
        + hoverOf(chart, PriceSpeedChart::frontPointsSeriesName());
    QVERIFY(!shown.isEmpty());
    for (const QString& point : shown) {
        QVERIFY2(!point.contains(u"GeForce"), qPrintable(point));
    }
    // The front runs through Apple machines only, cheapest first.
    const auto front = chart.findChildren<QScatterSeries*>(); // the points series are the chart's children
    for (const QScatterSeries* series : front) {
        for (const QString& text : hoverTexts(*series)) {
            QVERIFY2(!text.contains(u"GeForce"), qPrintable(text));
        }
    }
}

void TestChartsPlan::testMemoryAxisFollowsThePlanNotTheLargestMachine()
{
    ComparisonSelection selection;
    PlanResult result
        = plan(QStringLiteral("any"),
               {QStringLiteral("Pro 32 GB"), QStringLiteral("Pro 48 GB"), QStringLiteral("Studio 512 GB")}, &selection);
    auto charts = CompareCharts::build(result, m_calculator.inputs(), selection, ChartStyle::paper());
    QVERIFY(charts);
    QChart& chart = *charts.value()[CompareCharts::MemoryFit];
    // Qwen3.6 at 128K x 2 needs 25.3 GB: the axis stops near 3 x that (or the 48 GB machine), not at 512.
    const auto* y = qobject_cast<QValueAxis*>(chart.axes(Qt::Vertical).front());
    QVERIFY2(y->max() >= 48.0 && y->max() <= 100.0, qPrintable(QString::number(y->max())));
    QStringList labels;
    for (QGraphicsItem* item : chart.childItems()) {
        for (QGraphicsItem* child : item->childItems()) {
            if (const auto* label = dynamic_cast<QGraphicsSimpleTextItem*>(child)) {
                labels.append(label->text());
            }
        }
    }
    QVERIFY2(labels.contains(QStringLiteral("↑ 512.0 GB")), qPrintable(labels.join(u'|')));
    // Without the big machine the range is the same: the bars keep their height.
    ComparisonSelection two;
    PlanResult small = plan(QStringLiteral("any"), {QStringLiteral("Pro 32 GB"), QStringLiteral("Pro 48 GB")}, &two);
    auto smallCharts = CompareCharts::build(small, m_calculator.inputs(), two, ChartStyle::paper());
    QCOMPARE(
        qobject_cast<QValueAxis*>(smallCharts.value()[CompareCharts::MemoryFit]->axes(Qt::Vertical).front())->max(),
        y->max());
}

void TestChartsPlan::testBreakEvenLabelsDoNotOverlap()
{
    // Two machines breaking even one month apart: their labels would sit on top of each other.
    MachineTco a{QStringLiteral("First machine"), 1500.0, {}};
    MachineTco b{QStringLiteral("Second machine"), 1600.0, {}};
    for (MachineTco* m : {&a, &b}) {
        core::TcoInput input{m->priceUsd, 150.0, 0.0, 8.0, 0.1648, 36, 0.0};
        auto tco = core::computeTco(input);
        QVERIFY(tco);
        m->tco = tco.value();
    }
    QCOMPARE(*a.tco.breakEvenMonth + 1, *b.tco.breakEvenMonth); // months 10 and 11
    QChartView view;
    layOut(view, TcoChart::build({a, b}, 150.0, ChartStyle::paper()).release(), QSize(420, 300));
    const QList<QRectF> boxes = labelBoxes(*view.chart(), QStringLiteral("break-even"));
    QCOMPARE(boxes.size(), 2);
    QVERIFY2(!boxes.at(0).intersects(boxes.at(1)), "break-even labels overlap");
}

void TestChartsPlan::testLegendShowsEveryNameWhole()
{
    ComparisonSelection selection;
    PlanResult result
        = plan(QStringLiteral("any"), {QStringLiteral("GeForce RTX 5090 (desktop card)"), QStringLiteral("Pro 48 GB")},
               &selection);
    auto charts = CompareCharts::build(result, m_calculator.inputs(), selection, ChartStyle::paper());
    QVERIFY(charts);
    QChartView view;
    QChart* tco = charts.value()[CompareCharts::Tco].release();
    layOut(view, tco, QSize(360, 300)); // narrow: Qt's own legend cut these names to "GeForce R…"
    QVERIFY(!tco->legend()->isVisible());
    const QString legend = wrappedLegend(*tco).simplified();
    QVERIFY2(legend.contains(QStringLiteral("GeForce RTX 5090 (desktop card)")), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("Pro 48 GB")), qPrintable(legend));
    QVERIFY2(!legend.contains(u'…'), qPrintable(legend));
    QChart* memory = charts.value()[CompareCharts::MemoryFit].release();
    QChartView memoryView;
    layOut(memoryView, memory, QSize(360, 300));
    const QString memoryLegend = wrappedLegend(*memory).replace(QChar(0xa0), u' ');
    for (const char* name : {"Weights", "KV cache", "Overhead", "Memory", "Headroom 75 %"}) {
        QVERIFY2(memoryLegend.contains(QString::fromUtf8(name)), qPrintable(memoryLegend));
    }
}

void TestChartsPlan::testComparePageFollowsThePlan()
{
    const CatalogData catalog = test::planFixture();
    PlanCalculator calculator(catalog);
    ComparePage page(catalog, &calculator);
    page.resize(1280, 800);
    page.show();
    PlanInputs inputs;
    inputs.workloads = {QStringLiteral("coding-assistant")};
    inputs.apiUsdPerMonth = 150.0;
    calculator.setInputs(inputs);
    // The first three ranked machines are ticked: the 48 GB Mac (meets the needs) first.
    QCOMPARE(page.selectedMachineIds().size(), 3);
    QCOMPARE(page.selectedMachineIds().front(), QStringLiteral("Pro 48 GB"));
    QChart* memory = page.chartView(CompareCharts::MemoryFit)->chart();
    QCOMPARE(qobject_cast<QBarCategoryAxis*>(memory->axes(Qt::Horizontal).front())->count(), 3);
    auto* list = page.findChild<QListWidget*>(QStringLiteral("machinesListWidget"));
    QVERIFY(list);
    list->item(2)->setCheckState(Qt::Unchecked);
    QCOMPARE(page.selectedMachineIds().size(), 2);
    memory = page.chartView(CompareCharts::MemoryFit)->chart();
    QCOMPARE(qobject_cast<QBarCategoryAxis*>(memory->axes(Qt::Horizontal).front())->count(), 2);
    page.compareWith(list->item(2)->data(Qt::UserRole).toString());
    QCOMPARE(page.selectedMachineIds().size(), 3);
    // The selection survives a new result; the tier row emphasises the plan's tier.
    inputs.apiUsdPerMonth = 50.0;
    calculator.setInputs(inputs);
    QCOMPARE(page.selectedMachineIds().size(), 3);
    QCOMPARE(page.tierCardsRow()->emphasisedTierId(), QStringLiteral("tier2"));
    const QList<TierCard*> cards = page.tierCardsRow()->cards();
    QCOMPARE(cards.at(1)->headline(), QStringLiteral("Tier 2 · 32–48 GB · Best value"));
    QVERIFY(cards.at(1)->bodyText().contains(QStringLiteral("Qwen3.6-35B-A3B at Q4_K_M: Comfortable")));
    QVERIFY(cards.at(0)->bodyText().contains(QStringLiteral("Won't fit")));
}

QTEST_MAIN(TestChartsPlan)
#include "tst_charts_plan.moc"
