// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecodeSpeedChart.h"

#include "ChartSeries.h"
#include "ui/BuyerWording.h"
#include "ui/Wording.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace localrig::ui {

namespace {

constexpr double kCapShare = 0.25; // error-bar cap width, as a share of one bar

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

const core::ModelOnPlatform* findModel(const core::PlatformAssessment& machine, const std::string& id)
{
    const auto it = std::find_if(machine.models.begin(), machine.models.end(),
                                 [&id](const core::ModelOnPlatform& m) { return m.modelId == id; });
    return it == machine.models.end() ? nullptr : &*it;
}

bool runs(const core::ModelOnPlatform* entry)
{
    return entry && entry->fit.verdict != core::FitVerdict::WontFit;
}

} // namespace

double DecodeSpeedChart::barCentre(int category, int set, int sets)
{
    const double width = kBarWidth / std::max(sets, 1);
    return category - kBarWidth / 2.0 + (set + 0.5) * width;
}

std::unique_ptr<QChart> DecodeSpeedChart::build(const std::vector<core::PlatformAssessment>& machines,
                                                const std::vector<core::ModelNeed>& models, const ChartStyle& style)
{
    auto chart = std::make_unique<QChart>();
    style.apply(*chart, tr("Decode speed"));

    auto* series = new QBarSeries(chart.get());
    series->setBarWidth(kBarWidth);
    QStringList categories;
    for (const core::PlatformAssessment& machine : machines) {
        categories.append(text(machine.platform.displayShortName()));
    }
    double top = kComfortableReadingTokensPerSecond;
    for (std::size_t m = 0; m < models.size(); ++m) {
        auto* set = new QBarSet(text(models[m].model.name));
        set->setColor(style.seriesColor(static_cast<int>(m)));
        set->setBorderColor(style.background);
        QStringList hover;
        for (const core::PlatformAssessment& machine : machines) {
            const core::ModelOnPlatform* entry = findModel(machine, models[m].model.id);
            const QString where = tr("%1 on %2").arg(text(models[m].model.name), text(machine.platform.name));
            if (!runs(entry)) {
                set->append(0.0);
                hover.append(tr("%1: won't fit").arg(where));
                continue;
            }
            const core::SpeedBand& band = entry->speed.decodeTps;
            set->append(band.expected);
            top = std::max(top, band.high);
            hover.append(tr("%1: %2").arg(where, Wording::speedBand(band)));
        }
        setHoverTexts(*set, hover);
        series->append(set);
    }
    chart->addSeries(series);

    const BarAxes axes = addBarAxes(*chart, *series, categories, tr("Decode speed (tokens/s)"), style);
    QBarCategoryAxis* xAxis = axes.categories;
    QValueAxis* yAxis = axes.values;

    // The band: an "I" per bar, low cap, stem, high cap, drawn as one polyline that retraces its stem.
    const int sets = static_cast<int>(models.size());
    const double cap = kCapShare * kBarWidth / std::max(sets, 1);
    QPen bandPen(style.foreground, 1.5);
    bool first = true;
    for (int s = 0; s < sets; ++s) {
        for (int c = 0; c < static_cast<int>(machines.size()); ++c) {
            const core::ModelOnPlatform* entry
                = findModel(machines[static_cast<std::size_t>(c)], models[static_cast<std::size_t>(s)].model.id);
            if (!runs(entry)) {
                continue;
            }
            const core::SpeedBand& band = entry->speed.decodeTps;
            const double x = barCentre(c, s, sets);
            QLineSeries* line = addLineSeries(*chart, tr("Band (low–high)"),
                                              {{x - cap, band.low},
                                               {x + cap, band.low},
                                               {x, band.low},
                                               {x, band.high},
                                               {x - cap, band.high},
                                               {x + cap, band.high}},
                                              bandPen, xAxis, yAxis);
            line->setObjectName(bandSeriesName());
            const QString where = tr("%1 on %2")
                                      .arg(text(models[static_cast<std::size_t>(s)].model.name),
                                           text(machines[static_cast<std::size_t>(c)].platform.name));
            setHoverTexts(*line, QStringList(6, tr("%1: %2").arg(where, Wording::speedBand(band))));
            if (!first) {
                hideFromLegend(*chart, line);
            }
            first = false;
        }
    }

    const double right = std::max(static_cast<double>(machines.size()) - 0.5, 0.5);
    QPen readingPen(Wording::verdictColor(core::FitVerdict::Comfortable, style.dark), 2.0, Qt::DashLine);
    QLineSeries* reading
        = addLineSeries(*chart, tr("Reading speed"),
                        {{-0.5, kComfortableReadingTokensPerSecond}, {right, kComfortableReadingTokensPerSecond}},
                        readingPen, xAxis, yAxis);
    reading->setObjectName(readingSeriesName());
    QGraphicsSimpleTextItem* readingLabel
        = addLineLabel(*chart, reading, {right, kComfortableReadingTokensPerSecond},
                       tr("reading speed ≈ %1").arg(Wording::tokensPerSecond(kComfortableReadingTokensPerSecond)),
                       readingPen.color(), style.background, LabelPlacement::RightEdge);
    setHoverTexts(*reading,
                  QStringList(2,
                              tr("Comfortable reading speed: about %1 (238 words/min)")
                                  .arg(Wording::tokensPerSecond(kComfortableReadingTokensPerSecond))));
    // The line the verdicts draw: under it a session feels stalled when the context fills ("Slow").
    const double minimum = core::VerdictThresholds{}.minDecodeTps;
    QPen minimumPen(BuyerWording::verdictColor(core::BuyerVerdict::Slow, style.dark), 2.0, Qt::DotLine);
    QLineSeries* floor
        = addLineSeries(*chart, tr("Minimum for Good"), {{-0.5, minimum}, {right, minimum}}, minimumPen, xAxis, yAxis);
    floor->setObjectName(minimumSeriesName());
    QGraphicsSimpleTextItem* floorLabel
        = addLineLabel(*chart, floor, {right, minimum}, tr("minimum %1").arg(Wording::tokensPerSecond(minimum)),
                       minimumPen.color(), style.background, LabelPlacement::RightEdge);
    setHoverTexts(*floor,
                  QStringList(2,
                              tr("Under %1 a machine is Slow: a session feels stalled as its context fills")
                                  .arg(Wording::tokensPerSecond(minimum))));
    keepLabelsApart(*chart, {readingLabel->parentItem(), floorLabel->parentItem()});
    top = std::max(top, minimum);
    setZeroBasedRange(*yAxis, top);
    addWrappedLegend(*chart, style.foreground);
    return chart;
}

} // namespace localrig::ui
