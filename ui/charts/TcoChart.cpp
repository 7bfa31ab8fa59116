// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TcoChart.h"

#include "ChartSeries.h"
#include "ui/PlanCalculator.h"
#include "ui/Wording.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace localrig::ui {

namespace {

constexpr int kMonthsPerTick = 6;
} // namespace

Result<std::vector<MachineTco>> TcoChart::compute(const std::vector<core::PlatformAssessment>& machines,
                                                  const PlanInputs& inputs, int months)
{
    std::vector<MachineTco> result;
    for (const core::PlatformAssessment& machine : machines) {
        const core::Platform& p = machine.platform;
        if (!p.priceUsd) {
            continue;
        }
        // The same inputs the recommender's break-even uses (core/Recommender.cpp).
        core::TcoInput input{
            *p.priceUsd, inputs.apiUsdPerMonth, p.loadWatts, inputs.hoursPerDay, inputs.usdPerKwh, months, 0.0};
        BOOST_OUTCOME_TRY(tco, core::computeTco(input));
        result.push_back({QString::fromStdString(p.displayShortName()), *p.priceUsd, std::move(tco)});
    }
    return result;
}

std::unique_ptr<QChart> TcoChart::build(const std::vector<MachineTco>& machines, double apiUsdPerMonth,
                                        const ChartStyle& style)
{
    auto chart = std::make_unique<QChart>();
    style.apply(*chart, tr("Cost over time"));
    auto* xAxis = new QValueAxis(chart.get());
    style.apply(*xAxis, tr("Months after purchase"));
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    auto* yAxis = new QValueAxis(chart.get());
    style.apply(*yAxis, tr("Cumulative cost (US $)"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    int months = machines.empty() ? core::PlanConstraints{}.months : 0;
    double top = 0.0;
    for (const MachineTco& machine : machines) {
        months = std::max(months, static_cast<int>(machine.tco.localCumulativeUsd.size()) - 1);
    }
    for (std::size_t i = 0; i < machines.size(); ++i) {
        const MachineTco& machine = machines[i];
        const QColor color = style.seriesColor(static_cast<int>(i));
        QList<QPointF> points;
        QStringList hover;
        for (std::size_t m = 0; m < machine.tco.localCumulativeUsd.size(); ++m) {
            const double usd = machine.tco.localCumulativeUsd[m];
            points.append({static_cast<double>(m), usd});
            hover.append(tr("%1, month %2: %3 (%4 price + %5 a month of electricity)")
                             .arg(machine.name, QLocale().toString(static_cast<int>(m)), Wording::money(usd),
                                  Wording::money(machine.priceUsd),
                                  Wording::money(machine.tco.electricityUsdPerMonth)));
            top = std::max(top, usd);
        }
        QLineSeries* line = addLineSeries(*chart, machine.name, points, QPen(color, 2.5), xAxis, yAxis);
        line->setObjectName(machineSeriesName());
        setHoverTexts(*line, hover);
    }

    QList<QPointF> api;
    QStringList apiHover;
    for (int m = 0; m <= months; ++m) {
        const double usd = machines.empty() ? apiUsdPerMonth * m
                                            : machines.front().tco.apiCumulativeUsd[static_cast<std::size_t>(m)];
        api.append({static_cast<double>(m), usd});
        apiHover.append(tr("API, month %1: %2").arg(QLocale().toString(m), Wording::money(usd)));
        top = std::max(top, usd);
    }
    QLineSeries* apiLine = addLineSeries(*chart, tr("API %1/month").arg(Wording::money(apiUsdPerMonth)), api,
                                         QPen(style.foreground, 2.0, Qt::DashLine), xAxis, yAxis);
    apiLine->setObjectName(apiSeriesName());
    setHoverTexts(*apiLine, apiHover);

    // Break-even markers last, so no cost line is drawn over them; one label per month.
    std::vector<int> labelledMonths;
    QList<QGraphicsItem*> labelBoxes;
    for (std::size_t i = 0; i < machines.size(); ++i) {
        const MachineTco& machine = machines[i];
        const QColor color = style.seriesColor(static_cast<int>(i));
        if (const std::optional<int> month = machine.tco.breakEvenMonth) {
            const double usd = machine.tco.localCumulativeUsd[static_cast<std::size_t>(*month)];
            auto* marker = new QScatterSeries(chart.get());
            marker->setObjectName(breakEvenSeriesName());
            marker->setName(tr("Break-even"));
            marker->append(*month, usd);
            marker->setColor(color);
            marker->setBorderColor(style.foreground);
            marker->setMarkerSize(11.0);
            setHoverTexts(*marker,
                          {tr("%1 pays for itself in %2 (%3 spent either way)")
                               .arg(machine.name, Wording::month(month), Wording::money(usd))});
            chart->addSeries(marker);
            marker->attachAxis(xAxis);
            marker->attachAxis(yAxis);
            hideFromLegend(*chart, marker);
            if (std::find(labelledMonths.begin(), labelledMonths.end(), *month) == labelledMonths.end()) {
                labelledMonths.push_back(*month);
                QGraphicsSimpleTextItem* label = addLineLabel(
                    *chart, marker, {static_cast<double>(*month), usd}, tr("break-even: %1").arg(Wording::month(month)),
                    style.foreground, style.background, LabelPlacement::AboveMarker);
                labelBoxes.append(label->parentItem());
            }
        }
    }

    // Two break-even months close together would put their labels on top of each other.
    keepLabelsApart(*chart, labelBoxes);

    xAxis->setRange(0, months);
    xAxis->setTickCount(months % kMonthsPerTick == 0 ? months / kMonthsPerTick + 1 : 5);
    setZeroBasedRange(*yAxis, top);
    addWrappedLegend(*chart, style.foreground);
    return chart;
}

} // namespace localrig::ui
