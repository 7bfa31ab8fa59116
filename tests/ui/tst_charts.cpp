// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartItems.h"
#include "PlanFixture.h"
#include "ui/PlanCalculator.h"
#include "ui/Wording.h"
#include "ui/charts/ChartHover.h"
#include "ui/charts/CompareCharts.h"
#include "ui/charts/DecodeSpeedChart.h"
#include "ui/charts/MemoryFitChart.h"
#include "ui/charts/PriceSpeedChart.h"
#include "ui/charts/TcoChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

using namespace localrig;
using namespace localrig::ui;

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

} // namespace

class TestCharts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testMemoryFitBarsHoldTheCoreBreakdown();
    void testMemoryFitShowsTheLargestModelPerMachine();
    void testDecodeSpeedBarsAndBandsAreTheCoreEstimates();
    void testTcoMarksEachBreakEvenMonth();
    void testParetoFrontOnACraftedSet();
    void testPriceSpeedKeepsMachinesThatRunThePlan();
    void testAxisTitlesCarryUnitsAndHoverTextsValues();
    void testDarkPaletteGivesADarkChart();
    void testChartRendersOffscreen();

private:
    PlanResult plan(const QStringList& workloads, double apiUsd = 150.0);
    std::vector<core::PlatformAssessment> machines(const PlanResult& result) const;

    CatalogData m_catalog = test::planFixture();
    PlanCalculator m_calculator{m_catalog};
};

void TestCharts::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

PlanResult TestCharts::plan(const QStringList& workloads, double apiUsd)
{
    PlanInputs inputs;
    inputs.workloads = workloads;
    inputs.apiUsdPerMonth = apiUsd;
    m_calculator.setInputs(inputs);
    return m_calculator.result();
}

// The three Macs in catalog order (16, 32, 48 GB), as the core assessed them.
std::vector<core::PlatformAssessment> TestCharts::machines(const PlanResult& result) const
{
    std::vector<core::PlatformAssessment> ordered;
    for (const char* id : {"Air 16 GB", "Pro 32 GB", "Pro 48 GB"}) {
        for (const core::PlatformAssessment& a : result.recommendation->ranked) {
            if (a.platform.id == id) {
                ordered.push_back(a);
            }
        }
    }
    return ordered;
}

void TestCharts::testMemoryFitBarsHoldTheCoreBreakdown()
{
    const PlanResult result = plan({QStringLiteral("coding-assistant")});
    QVERIFY(result.recommendation);
    const auto chart = MemoryFitChart::build(machines(result), result.plan.needs, 0.75, ChartStyle::paper());
    // One stacked bar series, and per machine a memory line and a headroom line.
    QCOMPARE(chart->series().size(), 1 + 3 + 3);
    const auto bars = test::seriesOf<QStackedBarSeries>(*chart);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.front()->count(), 3); // weights, KV cache, overhead (Qwen3.6 here holds no fixed state)
    const QBarSet* weights = bars.front()->barSets().at(0);
    const QBarSet* kv = bars.front()->barSets().at(1);
    const QBarSet* overhead = bars.front()->barSets().at(2);
    QCOMPARE(weights->count(), 3);
    for (int machine = 0; machine < 3; ++machine) {
        // Weights 35e9 * 4.85 / 8 = 21,218,750,000 B = 19.7615 GiB on every machine.
        QVERIFY(near(weights->at(machine), 35e9 * 4.85 / 8.0 / kGiB));
        QVERIFY(near(weights->at(machine), 19.7615, 1e-5));
        // KV 2 * 10 layers * 2 KV heads * 256 * 2 B * 131072 tokens * 2 sessions = 5 GiB.
        QVERIFY(near(kv->at(machine), 2.0 * 10 * 2 * 256 * 2 * 131072 * 2 / kGiB));
        // Overhead 0.5 GiB + 0.75 MiB * 16 heads = 524 MiB = 0.51171875 GiB.
        QVERIFY(near(overhead->at(machine), 524.0 / 1024.0));
    }
    // Headroom line of the 48 GB Mac (third category): 0.75 * 48 = 36 GB; its memory line at 48 GB.
    const auto headroom = test::seriesOf<QLineSeries>(*chart, MemoryFitChart::headroomSeriesName());
    QCOMPARE(headroom.size(), 3);
    QCOMPARE(headroom.at(2)->at(0).y(), 36.0);
    QVERIFY(headroom.at(2)->at(0).x() < 2.0 && headroom.at(2)->at(1).x() > 2.0); // spans its bar
    QCOMPARE(headroom.at(1)->at(1).y(), 24.0); // 0.75 * 32
    QVERIFY(test::chartLabels(*chart).contains(QStringLiteral("comfortable ≤ 36.0 GB")));
    QVERIFY(test::chartLabels(*chart).contains(QStringLiteral("comfortable ≤ 24.0 GB")));
    const auto memory = test::seriesOf<QLineSeries>(*chart, MemoryFitChart::memorySeriesName());
    QCOMPARE(memory.at(2)->at(0).y(), 48.0);
    const QValueAxis* y = test::valueAxis(*chart, Qt::Vertical);
    QCOMPARE(y->min(), 0.0);
    QVERIFY2(y->max() >= 48.0 && y->max() <= 60.0, qPrintable(QString::number(y->max())));
    auto* x = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).front());
    QCOMPARE(x->categories(),
             QStringList({QStringLiteral("Air 16 GB"), QStringLiteral("Pro 32 GB"), QStringLiteral("Pro 48 GB")}));
}

void TestCharts::testMemoryFitShowsTheLargestModelPerMachine()
{
    const PlanResult result = plan({QStringLiteral("coding-assistant"), QStringLiteral("student-learning")});
    auto chart = MemoryFitChart::build(machines(result), result.plan.needs, 0.75, ChartStyle::paper());
    auto* x = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Horizontal).front());
    QCOMPARE(x->count(), 3); // one bar per machine
    QCOMPARE(chart->title(), QStringLiteral("Memory fit: Qwen3.6-35B-A3B")); // 25.3 GB beats Gemma's 7.7 GB
    const QBarSet* weights = test::seriesOf<QStackedBarSeries>(*chart).front()->barSets().at(0);
    QVERIFY(near(weights->at(2), 35e9 * 4.85 / 8.0 / kGiB));
    // Only Gemma chosen: 11.95e9 * 4.85 / 8 = 7,244,687,500 B = 6.747 GiB.
    chart = MemoryFitChart::build(machines(result), {result.plan.needs.at(1)}, 0.75, ChartStyle::paper());
    weights = test::seriesOf<QStackedBarSeries>(*chart).front()->barSets().at(0);
    QVERIFY(near(weights->at(0), 11.95e9 * 4.85 / 8.0 / kGiB));
    QVERIFY(near(weights->at(0), 6.7471, 1e-4));
    QCOMPARE(chart->title(), QStringLiteral("Memory fit: Gemma 4 12B"));
}

void TestCharts::testDecodeSpeedBarsAndBandsAreTheCoreEstimates()
{
    const PlanResult result = plan({QStringLiteral("coding-assistant"), QStringLiteral("student-learning")});
    const auto ordered = machines(result);
    const auto chart = DecodeSpeedChart::build(ordered, result.plan.needs, ChartStyle::paper());
    const auto bars = test::seriesOf<QBarSeries>(*chart);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.front()->count(), 2); // one bar set per model
    const QBarSet* qwen = bars.front()->barSets().at(0);
    const QBarSet* gemma = bars.front()->barSets().at(1);
    QCOMPARE(qwen->label(), QStringLiteral("Qwen3.6-35B-A3B"));
    // Qwen's 25.3 GB at 128K x 2 sessions is more than the 16 GB Air can give it (16 - 4 GB OS reserve = 12 GB):
    // no bar and no band there. It is tight on the 32 GB Mac (over 24 GB, under 28 GB) and comfortable on 48 GB.
    QCOMPARE(ordered[0].models.at(0).fit.verdict, core::FitVerdict::WontFit);
    QCOMPARE(ordered[1].models.at(0).fit.verdict, core::FitVerdict::Tight);
    QCOMPARE(ordered[2].models.at(0).fit.verdict, core::FitVerdict::Comfortable);
    QCOMPARE(qwen->at(0), 0.0);
    const auto bands = test::seriesOf<QLineSeries>(*chart, DecodeSpeedChart::bandSeriesName());
    QCOMPARE(bands.size(), 2 + 3); // Qwen on the two Pros, Gemma (7.7 GB) on all three
    // Bands come model by model, machine by machine, skipping what does not fit.
    qsizetype next = 0;
    for (int s = 0; s < 2; ++s) {
        const QBarSet* set = s == 0 ? qwen : gemma;
        for (int m = 0; m < 3; ++m) {
            const core::ModelOnPlatform& entry
                = ordered[static_cast<std::size_t>(m)].models.at(static_cast<std::size_t>(s));
            if (entry.fit.verdict == core::FitVerdict::WontFit) {
                continue;
            }
            const core::SpeedBand& band = entry.speed.decodeTps;
            QVERIFY(band.low < band.expected && band.expected < band.high);
            QCOMPARE(set->at(m), band.expected);
            const QLineSeries* line = bands.at(next++);
            QCOMPARE(line->at(0).y(), band.low);
            QCOMPARE(line->at(3).y(), band.high);
            // Two bars per category, 0.8 wide together: centres at -0.2 and +0.2 around the category.
            QVERIFY(near(line->at(2).x(), m + (s == 0 ? -1.0 : 1.0) * DecodeSpeedChart::kBarWidth / 4.0));
            QCOMPARE(line->at(2).x(), DecodeSpeedChart::barCentre(m, s, 2));
        }
    }
    const core::SpeedBand& qwenBand = ordered[2].models.at(0).speed.decodeTps;
    // A fast reader: 300 words/min / 60 x 1.3 tokens per word = 6.5 tokens/s (core::VerdictThresholds).
    const auto reading = test::seriesOf<QLineSeries>(*chart, DecodeSpeedChart::readingSeriesName());
    QCOMPARE(reading.size(), 1);
    QVERIFY(near(reading.front()->at(0).y(), 300.0 / 60.0 * 1.3));
    QVERIFY(near(reading.front()->at(0).y(), 6.5, 1e-9));
    QCOMPARE(test::chartLabels(*chart),
             QStringList({QStringLiteral("reading speed ≈ 6.5 tokens/s"),
                          QStringLiteral("minimum 10 tokens/s")})); // the verdicts' Slow line
    const QValueAxis* y = test::valueAxis(*chart, Qt::Vertical);
    QCOMPARE(y->min(), 0.0);
    QVERIFY(y->max() >= qwenBand.high);
}

void TestCharts::testTcoMarksEachBreakEvenMonth()
{
    const PlanResult result = plan({QStringLiteral("coding-assistant")});
    PlanInputs inputs = m_calculator.inputs();
    auto costs = TcoChart::compute(machines(result), inputs, 36);
    QVERIFY(costs);
    const auto chart = TcoChart::build(costs.value(), 150.0, ChartStyle::paper());
    // Three machine lines, three break-even markers, one API line.
    QCOMPARE(chart->series().size(), 7);
    const auto markers = test::seriesOf<QScatterSeries>(*chart, TcoChart::breakEvenSeriesName());
    QCOMPARE(markers.size(), 3);
    // Pro 48 GB: electricity 60 W * 8 h * 30.4375 d / 1000 * $0.1648 = $2.41/month; $2,399 / ($150 - $2.41)
    // = 16.25 months, so month 17 is the first whose API spend (17 * 150 = $2,550) reaches the local cost.
    QCOMPARE(markers.at(2)->at(0).x(), 17.0);
    QVERIFY(near(markers.at(2)->at(0).y(), 2399.0 + 17 * 60 * 8 * (365.25 / 12) / 1000 * 0.1648));
    QVERIFY(test::chartLabels(*chart).contains(QStringLiteral("break-even: month 17")));
    QCOMPARE(markers.at(1)->at(0).x(), 13.0); // $1,799 / $147.59 = 12.19
    QCOMPARE(markers.at(0)->at(0).x(), 7.0); // $999 / ($150 - $1.20) = 6.71
    QCOMPARE(double(*machines(result)[2].breakEvenMonth), 17.0); // the recommender agrees
    const auto api = test::seriesOf<QLineSeries>(*chart, TcoChart::apiSeriesName());
    QCOMPARE(api.size(), 1);
    QCOMPARE(api.front()->count(), 37);
    QCOMPARE(api.front()->at(36).y(), 36 * 150.0);
    const auto lines = test::seriesOf<QLineSeries>(*chart, TcoChart::machineSeriesName());
    QCOMPARE(lines.at(2)->at(0).y(), 2399.0); // month 0: the price
    const QValueAxis* x = test::valueAxis(*chart, Qt::Horizontal);
    QCOMPARE(x->min(), 0.0);
    QCOMPARE(x->max(), 36.0);
    QCOMPARE(x->tickCount(), 7);
}

void TestCharts::testParetoFrontOnACraftedSet()
{
    // B beats C (cheaper and faster), D (same price, slower) and E (dearer, same speed).
    const std::vector<PriceSpeedPoint> points{{QStringLiteral("A"), 1000, 10, {}}, {QStringLiteral("C"), 2500, 20, {}},
                                              {QStringLiteral("B"), 2000, 30, {}}, {QStringLiteral("D"), 2000, 25, {}},
                                              {QStringLiteral("E"), 3000, 30, {}}, {QStringLiteral("F"), 4000, 50, {}}};
    const std::vector<std::size_t> front = PriceSpeedChart::paretoFront(points);
    QCOMPARE(front, (std::vector<std::size_t>{0, 2, 5}));
    const auto chart = PriceSpeedChart::build(points, ChartStyle::paper());
    const auto line = test::seriesOf<QLineSeries>(*chart, PriceSpeedChart::frontSeriesName());
    QCOMPARE(line.size(), 1);
    QCOMPARE(line.front()->points(), (QList<QPointF>{{1000, 10}, {2000, 30}, {4000, 50}}));
    const auto others = test::seriesOf<QScatterSeries>(*chart, PriceSpeedChart::machinesSeriesName());
    QCOMPARE(others.front()->count(), 3); // C, D, E
    QCOMPARE(hoverTexts(*line.front()).at(1),
             QStringLiteral("B: %1, 30 tokens/s with  — on the Pareto front").arg(Wording::money(2000)));
}

void TestCharts::testPriceSpeedKeepsMachinesThatRunThePlan()
{
    PlanResult result = plan({QStringLiteral("coding-assistant")});
    auto points = PriceSpeedChart::points(result.recommendation->ranked, result.plan.needs);
    // The 16 GB Air cannot hold Qwen's 25.3 GB (16 - 4 GB reserve = 12 GB); both Pros can (tight and comfortable).
    QCOMPARE(points.size(), std::size_t{2});
    QCOMPARE(points.front().name, QStringLiteral("Pro 48 GB")); // ranked first: it meets the needs
    QCOMPARE(points.back().name + points.back().modelName, QStringLiteral("Pro 32 GBQwen3.6-35B-A3B"));
    QCOMPARE(points.front().tokensPerSecond,
             result.recommendation->ranked.front().models.front().speed.decodeTps.expected);
    result = plan({QStringLiteral("student-learning")});
    points = PriceSpeedChart::points(result.recommendation->ranked, result.plan.needs);
    QCOMPARE(points.size(), std::size_t{3}); // Gemma 4 12B's 7.7 GB fits all three
}

void TestCharts::testAxisTitlesCarryUnitsAndHoverTextsValues()
{
    const PlanResult result = plan({QStringLiteral("coding-assistant")});
    auto charts
        = CompareCharts::build(result, m_calculator.inputs(),
                               {{"Pro 32 GB", "Pro 48 GB"}, CompareCharts::allModels(result)}, ChartStyle::paper());
    QVERIFY(charts);
    const QStringList units{QStringLiteral("(GB"), QStringLiteral("(tokens/s"), QStringLiteral("(US $)"),
                            QStringLiteral("(tokens/s)")};
    for (int kind = 0; kind < CompareCharts::KindCount; ++kind) {
        const QChart& chart = *charts.value()[static_cast<std::size_t>(kind)];
        QVERIFY(test::valueAxis(chart, Qt::Vertical)->titleText().contains(units[kind]));
    }
    QCOMPARE(test::valueAxis(*charts.value()[CompareCharts::Tco], Qt::Horizontal)->titleText(),
             QStringLiteral("Months after purchase"));
    QCOMPARE(test::valueAxis(*charts.value()[CompareCharts::PriceSpeed], Qt::Horizontal)->titleText(),
             QStringLiteral("Price (US $)"));
    const QBarSet* weights
        = test::seriesOf<QStackedBarSeries>(*charts.value()[CompareCharts::MemoryFit]).front()->barSets().front();
    QCOMPARE(hoverTexts(*weights).at(1), QStringLiteral("Pro 48 GB · Qwen3.6-35B-A3B — Weights: 19.8 GB of 25.3 GB"));
    const auto api = test::seriesOf<QLineSeries>(*charts.value()[CompareCharts::Tco], TcoChart::apiSeriesName());
    QCOMPARE(ChartHover::textNear(*api.front(), {12.2, 1790.0}),
             QStringLiteral("API, month 12: %1").arg(Wording::money(1800))); // money goes through QLocale
}

void TestCharts::testDarkPaletteGivesADarkChart()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    const ChartStyle style = ChartStyle::fromPalette(dark);
    QVERIFY(style.dark && !ChartStyle::fromPalette(QPalette(Qt::white)).dark);
    const PlanResult result = plan({QStringLiteral("coding-assistant")});
    const auto chart = MemoryFitChart::build(machines(result), result.plan.needs, 0.75, style);
    QCOMPARE(chart->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart->backgroundBrush().color(), QColor(0x20, 0x20, 0x24));
    QCOMPARE(test::valueAxis(*chart, Qt::Vertical)->labelsBrush().color(), QColor(0xee, 0xee, 0xee));
}

void TestCharts::testChartRendersOffscreen()
{
    const PlanResult result = plan({QStringLiteral("coding-assistant")});
    auto chart = MemoryFitChart::build(machines(result), result.plan.needs, 0.75, ChartStyle::paper());
    QGraphicsScene scene;
    QChart* raw = chart.release();
    scene.addItem(raw);
    raw->resize(640, 400);
    QImage image(640, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(0, 0, 640, 400), QRectF(0, 0, 640, 400));
    painter.end();
    int coloured = 0;
    for (int i = 0; i < image.width() * image.height(); i += 16) {
        coloured += image.pixel(i % image.width(), i / image.width()) != qRgb(255, 255, 255) ? 1 : 0;
    }
    QVERIFY2(coloured > 500, qPrintable(QString::number(coloured))); // bars, lines and text were drawn
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
