// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryFitChart.h"

#include "ChartSeries.h"
#include "core/Units.h"
#include "ui/Wording.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace localrig::ui {

namespace {

constexpr double kSegmentHalfWidth = 0.45; // of a category, so neighbouring machines' lines do not touch
constexpr double kBarWidth = 0.55;
// The memory axis follows what the plan needs: up to this many times the largest footprint (or the smallest
// machine shown, if larger). A 512 GB machine beside 48 GB ones would otherwise flatten every bar; its
// memory line runs off the top and a label there gives its size.
constexpr double kRangeFootprints = 3.0;
constexpr double kOffTopLabelAt = 0.9; // of the axis: the label sits just under the plot's top edge

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

struct Bar
{
    const core::PlatformAssessment* machine = nullptr;
    const core::ModelOnPlatform* entry = nullptr;
    QString modelName;
};

// The machine's largest footprint among the chosen models: the one that decides whether it fits.
Bar largestModel(const core::PlatformAssessment& machine, const std::vector<core::ModelNeed>& models)
{
    Bar bar{&machine, nullptr, {}};
    for (const core::ModelNeed& need : models) {
        for (const core::ModelOnPlatform& entry : machine.models) {
            if (entry.modelId == need.model.id
                && (!bar.entry || entry.memory.totalBytes > bar.entry->memory.totalBytes)) {
                bar.entry = &entry;
                bar.modelName = text(need.model.name);
            }
        }
    }
    return bar;
}

// The top of the memory axis: every footprint, and machines' lines up to kRangeFootprints footprints.
double rangeCap(const std::vector<Bar>& bars)
{
    double footprint = 0.0;
    double smallestPool = 0.0;
    for (const Bar& bar : bars) {
        footprint = std::max(footprint, core::bytesToGiB(bar.entry->memory.totalBytes));
        const double pool = core::bytesToGiB(bar.entry->fit.poolBytes);
        smallestPool = smallestPool > 0.0 ? std::min(smallestPool, pool) : pool;
    }
    return std::max(kRangeFootprints * footprint, smallestPool);
}

} // namespace

std::unique_ptr<QChart> MemoryFitChart::build(const std::vector<core::PlatformAssessment>& machines,
                                              const std::vector<core::ModelNeed>& models, double headroom,
                                              const ChartStyle& style)
{
    std::vector<Bar> bars;
    QStringList modelNames;
    for (const core::PlatformAssessment& machine : machines) {
        const Bar bar = largestModel(machine, models);
        if (bar.entry) {
            bars.push_back(bar);
            if (!modelNames.contains(bar.modelName)) {
                modelNames.append(bar.modelName);
            }
        }
    }
    auto chart = std::make_unique<QChart>();
    style.apply(*chart,
                modelNames.size() == 1 ? tr("Memory fit: %1").arg(modelNames.front())
                                       : tr("Memory fit: the largest model on each machine"));

    const bool anyState
        = std::any_of(bars.begin(), bars.end(), [](const Bar& bar) { return bar.entry->memory.fixedStateBytes > 0.0; });
    auto* series = new QStackedBarSeries(chart.get());
    auto addSet = [&](const QString& label, int colorIndex, double core::MemoryBreakdown::*part) {
        auto* set = new QBarSet(label);
        set->setColor(style.seriesColor(colorIndex));
        set->setBorderColor(style.background);
        QStringList hover;
        for (const Bar& bar : bars) {
            const double bytes = bar.entry->memory.*part;
            set->append(core::bytesToGiB(bytes));
            hover.append(tr("%1 · %2 — %3: %4 of %5")
                             .arg(text(bar.machine->platform.name), bar.modelName, label, Wording::gigabytes(bytes),
                                  Wording::gigabytes(bar.entry->memory.totalBytes)));
        }
        setHoverTexts(*set, hover);
        series->append(set);
    };
    addSet(tr("Weights"), 0, &core::MemoryBreakdown::weightsBytes);
    addSet(tr("KV cache"), 1, &core::MemoryBreakdown::kvCacheBytes);
    if (anyState) {
        addSet(tr("State"), 2, &core::MemoryBreakdown::fixedStateBytes);
    }
    addSet(tr("Overhead"), 5, &core::MemoryBreakdown::overheadBytes);
    series->setBarWidth(kBarWidth);
    chart->addSeries(series);

    QStringList categories;
    for (const Bar& bar : bars) {
        categories.append(text(bar.machine->platform.displayShortName()));
    }
    const BarAxes axes = addBarAxes(*chart, *series, categories, tr("Memory (GB = 2³⁰ bytes)"), style);
    QBarCategoryAxis* xAxis = axes.categories;
    QValueAxis* yAxis = axes.values;

    // Per machine: its memory, and the headroom line labelled with its value.
    const QString percent = QLocale().toString(headroom * 100.0, 'f', 0);
    QPen headroomPen(style.foreground, 2.0, Qt::DashLine);
    QPen memoryPen(Wording::verdictColor(core::FitVerdict::WontFit, style.dark), 2.0);
    const double cap = rangeCap(bars);
    QList<QGraphicsItem*> labelBoxes;
    double top = 0.0;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const core::FitResult& fit = bars[i].entry->fit;
        const double centre = static_cast<double>(i);
        const double limit = core::bytesToGiB(fit.comfortableLimitBytes);
        const double pool = core::bytesToGiB(fit.poolBytes);
        top = std::max(top, core::bytesToGiB(bars[i].entry->memory.totalBytes));
        for (const double line : {limit, pool}) {
            if (line <= cap) {
                top = std::max(top, line);
            }
        }
        const QString name = text(bars[i].machine->platform.displayShortName());
        const bool discrete = bars[i].machine->platform.memoryKind == core::MemoryKind::Discrete;

        QLineSeries* memory = addLineSeries(*chart, tr("Memory"),
                                            {{centre - kSegmentHalfWidth, pool}, {centre + kSegmentHalfWidth, pool}},
                                            memoryPen, xAxis, yAxis);
        memory->setObjectName(memorySeriesName());
        setHoverTexts(*memory,
                      QStringList(2,
                                  discrete ? tr("%1: %2 of VRAM").arg(name, Wording::gigabytes(fit.poolBytes))
                                           : tr("%1: %2 of memory").arg(name, Wording::gigabytes(fit.poolBytes))));

        QLineSeries* line = addLineSeries(*chart, tr("Headroom %1 %").arg(percent),
                                          {{centre - kSegmentHalfWidth, limit}, {centre + kSegmentHalfWidth, limit}},
                                          headroomPen, xAxis, yAxis);
        line->setObjectName(headroomSeriesName());
        if (limit <= cap) {
            QGraphicsSimpleTextItem* label
                = addLineLabel(*chart, line, {centre, limit},
                               tr("comfortable ≤ %1").arg(Wording::gigabytes(fit.comfortableLimitBytes)),
                               style.foreground, style.background, LabelPlacement::Centred);
            labelBoxes.append(label->parentItem());
        }
        setHoverTexts(*line,
                      QStringList(2,
                                  discrete ? tr("%1: comfortable up to %2 (VRAM less a 1 GB margin)")
                                                 .arg(name, Wording::gigabytes(fit.comfortableLimitBytes))
                                           : tr("%1: comfortable up to %2 (%3 % of memory, or what the GPU may use)")
                                                 .arg(name, Wording::gigabytes(fit.comfortableLimitBytes), percent)));
        if (i > 0) {
            hideFromLegend(*chart, memory);
            hideFromLegend(*chart, line);
        }
    }
    setZeroBasedRange(*yAxis, top);
    // Machines whose memory is past the axis: their size at the top of their bar.
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const core::FitResult& fit = bars[i].entry->fit;
        if (core::bytesToGiB(fit.poolBytes) > yAxis->max()) {
            QGraphicsSimpleTextItem* label
                = addLineLabel(*chart, series, {static_cast<double>(i), yAxis->max() * kOffTopLabelAt},
                               tr("↑ %1").arg(Wording::gigabytes(fit.poolBytes)), memoryPen.color(), style.background,
                               LabelPlacement::Centred);
            label->setToolTip(tr("%1: %2 of memory, comfortable up to %3; above this chart's range")
                                  .arg(text(bars[i].machine->platform.name), Wording::gigabytes(fit.poolBytes),
                                       Wording::gigabytes(fit.comfortableLimitBytes)));
            labelBoxes.append(label->parentItem());
        }
    }
    keepLabelsApart(*chart, labelBoxes);
    addWrappedLegend(*chart, style.foreground);
    return chart;
}

} // namespace localrig::ui
