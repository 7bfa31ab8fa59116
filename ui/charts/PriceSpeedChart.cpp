// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceSpeedChart.h"

#include "ChartSeries.h"
#include "ui/Wording.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <numeric>

namespace localrig::ui {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString describe(const PriceSpeedPoint& p)
{
    return PriceSpeedChart::tr("%1: %2, %3 with %4")
        .arg(p.name, Wording::money(p.priceUsd), Wording::tokensPerSecond(p.tokensPerSecond), p.modelName);
}

QScatterSeries* addScatter(QChart& chart, const QString& name, const QColor& color, double size)
{
    auto* series = new QScatterSeries(&chart);
    series->setName(name);
    series->setColor(color);
    series->setBorderColor(color.darker(140));
    series->setMarkerSize(size);
    return series;
}

} // namespace

std::vector<PriceSpeedPoint> PriceSpeedChart::points(const std::vector<core::PlatformAssessment>& machines,
                                                     const std::vector<core::ModelNeed>& models)
{
    std::vector<PriceSpeedPoint> result;
    for (const core::PlatformAssessment& machine : machines) {
        if (!machine.platform.priceUsd || machine.models.empty()) {
            continue;
        }
        const bool allRun = std::none_of(machine.models.begin(), machine.models.end(),
                                         [](const auto& m) { return m.fit.verdict == core::FitVerdict::WontFit; });
        if (!allRun) {
            continue;
        }
        const auto slowest
            = std::min_element(machine.models.begin(), machine.models.end(), [](const auto& a, const auto& b) {
                  return a.speed.decodeTps.expected < b.speed.decodeTps.expected;
              });
        QString modelName = text(slowest->modelId);
        for (const core::ModelNeed& need : models) {
            if (need.model.id == slowest->modelId) {
                modelName = text(need.model.name);
            }
        }
        result.push_back({text(machine.platform.displayShortName()), *machine.platform.priceUsd,
                          slowest->speed.decodeTps.expected, modelName});
    }
    return result;
}

std::vector<std::size_t> PriceSpeedChart::paretoFront(const std::vector<PriceSpeedPoint>& points)
{
    std::vector<std::size_t> order(points.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Cheapest first; at equal price the fastest first, so it shadows the slower ones.
    std::stable_sort(order.begin(), order.end(), [&points](std::size_t a, std::size_t b) {
        if (points[a].priceUsd != points[b].priceUsd) {
            return points[a].priceUsd < points[b].priceUsd;
        }
        return points[a].tokensPerSecond > points[b].tokensPerSecond;
    });
    std::vector<std::size_t> front;
    for (std::size_t index : order) {
        // Everything before is at most as expensive; the point survives only by being strictly faster.
        if (front.empty() || points[index].tokensPerSecond > points[front.back()].tokensPerSecond) {
            front.push_back(index);
        }
    }
    return front;
}

std::unique_ptr<QChart> PriceSpeedChart::build(const std::vector<PriceSpeedPoint>& points, const ChartStyle& style)
{
    auto chart = std::make_unique<QChart>();
    style.apply(*chart, tr("Price against speed"));
    auto* xAxis = new QValueAxis(chart.get());
    style.apply(*xAxis, tr("Price (US $)"));
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    auto* yAxis = new QValueAxis(chart.get());
    style.apply(*yAxis, tr("Decode speed (tokens/s)"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const std::vector<std::size_t> front = paretoFront(points);
    QScatterSeries* others = addScatter(*chart, tr("Machines that run the plan"), style.seriesColor(5), 9.0);
    others->setObjectName(machinesSeriesName());
    QStringList othersHover;
    double maxPrice = 0.0;
    double maxSpeed = 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        maxPrice = std::max(maxPrice, points[i].priceUsd);
        maxSpeed = std::max(maxSpeed, points[i].tokensPerSecond);
        if (std::find(front.begin(), front.end(), i) == front.end()) {
            others->append(points[i].priceUsd, points[i].tokensPerSecond);
            othersHover.append(describe(points[i]));
        }
    }
    setHoverTexts(*others, othersHover);
    chart->addSeries(others);
    others->attachAxis(xAxis);
    others->attachAxis(yAxis);

    QList<QPointF> frontPoints;
    QStringList frontHover;
    for (std::size_t index : front) {
        frontPoints.append({points[index].priceUsd, points[index].tokensPerSecond});
        frontHover.append(describe(points[index]) + tr(" — on the Pareto front"));
    }
    QLineSeries* line = addLineSeries(*chart, tr("Pareto front (nothing cheaper is faster)"), frontPoints,
                                      QPen(style.accent, 2.0), xAxis, yAxis);
    line->setObjectName(frontSeriesName());
    setHoverTexts(*line, frontHover);
    QScatterSeries* best = addScatter(*chart, tr("On the front"), style.accent, 12.0);
    best->setObjectName(frontPointsSeriesName());
    best->append(frontPoints);
    setHoverTexts(*best, frontHover);
    chart->addSeries(best);
    best->attachAxis(xAxis);
    best->attachAxis(yAxis);
    hideFromLegend(*chart, best);

    // Names beside the front's points, placed again on every relayout: right of the point, else left, else
    // below; a name that would cover another name or another machine's dot is left to the tooltip.
    QList<QPointF> otherPoints;
    for (qsizetype i = 0; i < others->count(); ++i) {
        otherPoints.append(others->at(i));
    }
    QChart* raw = chart.get();
    QList<QGraphicsSimpleTextItem*> labels;
    for (std::size_t index : front) {
        auto* label = new QGraphicsSimpleTextItem(points[index].name, raw);
        label->setBrush(style.foreground);
        label->setZValue(10.0);
        labels.append(label);
    }
    QObject::connect(
        raw, &QChart::plotAreaChanged, raw, [raw, labels, frontPoints, otherPoints, best, others](const QRectF& plot) {
            QList<QRectF> taken;
            const auto dot
                = [](QPointF at, qreal size) { return QRectF(at.x() - size / 2.0, at.y() - size / 2.0, size, size); };
            for (const QPointF& point : otherPoints) {
                taken.append(dot(raw->mapToPosition(point, others), others->markerSize()));
            }
            // Every front dot too: a name starts 8 px from its own dot, clear of a marker's 6 px half-width.
            for (const QPointF& point : frontPoints) {
                taken.append(dot(raw->mapToPosition(point, best), best->markerSize()));
            }
            for (qsizetype i = 0; i < labels.size(); ++i) {
                const QPointF at = raw->mapToPosition(frontPoints[i], best);
                const QSizeF size = labels[i]->boundingRect().size();
                const std::array<QPointF, 3> candidates{
                    QPointF(at.x() + 8.0, at.y() - size.height() / 2.0),
                    QPointF(at.x() - 8.0 - size.width(), at.y() - size.height() / 2.0),
                    QPointF(at.x() - size.width() / 2.0, at.y() + 8.0)};
                labels[i]->setVisible(false);
                for (const QPointF& topLeft : candidates) {
                    const QRectF box(topLeft, size);
                    const bool free = std::none_of(taken.begin(), taken.end(),
                                                   [&box](const QRectF& other) { return other.intersects(box); });
                    if (free && plot.adjusted(-4.0, -4.0, 4.0, 4.0).contains(box)) {
                        labels[i]->setPos(topLeft);
                        labels[i]->setVisible(true);
                        taken.append(box);
                        break;
                    }
                }
            }
        });
    setZeroBasedRange(*xAxis, maxPrice);
    setZeroBasedRange(*yAxis, maxSpeed);
    addWrappedLegend(*chart, style.foreground);
    return chart;
}

} // namespace localrig::ui
