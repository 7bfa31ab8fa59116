// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartSeries.h"

#include "ChartStyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace localrig::ui {

namespace {

constexpr double kTopMargin = 1.08; // room above the tallest bar for its label
constexpr double kCategoryLabelLines = 4.0; // machine names wrap onto at most this many lines
constexpr int kLabelPatchAlpha = 170; // the label's background lets lines behind it show through
constexpr int kMaxLabelMoves = 6;
constexpr char kHiddenFromLegend[] = "localrigHiddenFromLegend";
constexpr qsizetype kUnbrokenLegendName = 24;

QString labelText(const QGraphicsItem* box)
{
    for (const QGraphicsItem* child : box->childItems()) {
        if (const auto* label = dynamic_cast<const QGraphicsSimpleTextItem*>(child)) {
            return label->text();
        }
    }
    return {};
}

// The whole name if it fits the lines reserved for it, else its first words and "…" (the bar's tooltip
// holds the whole name).
void fitLines(QGraphicsTextItem& label, const QString& name, double maxHeight)
{
    label.setPlainText(name);
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (label.document()->size().height() > maxHeight && words.size() > 1) {
        words.removeLast();
        label.setPlainText(words.join(QLatin1Char(' ')) + QStringLiteral("…"));
    }
}

void separate(const QList<QGraphicsItem*>& boxes, const QRectF& plot)
{
    QList<std::pair<QRectF, QString>> taken;
    for (QGraphicsItem* box : boxes) {
        box->setVisible(true);
        const QString text = labelText(box);
        QRectF rect = box->sceneBoundingRect();
        const double step = rect.height() + 2.0;
        double direction = -1.0;
        for (int move = 0; move < kMaxLabelMoves; ++move) {
            const auto hit = std::find_if(taken.begin(), taken.end(),
                                          [&rect](const auto& other) { return other.first.intersects(rect); });
            if (hit == taken.end()) {
                break;
            }
            if (hit->second == text) {
                box->setVisible(false);
                break;
            }
            if (rect.top() - step < plot.top()) {
                direction = 1.0;
            }
            rect.translate(0.0, direction * step);
        }
        if (box->isVisible()) {
            box->setPos(box->pos() + QPointF(0.0, rect.top() - box->sceneBoundingRect().top()));
            taken.append({rect, text});
        }
    }
}

} // namespace

QLineSeries* addLineSeries(QChart& chart, const QString& name, const QList<QPointF>& points, const QPen& pen,
                           QAbstractAxis* xAxis, QAbstractAxis* yAxis)
{
    auto* series = new QLineSeries(&chart);
    series->setName(name);
    series->append(points);
    series->setPen(pen);
    chart.addSeries(series);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    return series;
}

void hideFromLegend(QChart& chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart.legend()->markers(series)) {
        marker->setVisible(false);
    }
    series->setProperty(kHiddenFromLegend, true); // a marker's own visibility also follows its legend's
}

QGraphicsSimpleTextItem* addLineLabel(QChart& chart, QAbstractSeries* series, QPointF value, const QString& text,
                                      const QColor& color, const QColor& background, LabelPlacement placement)
{
    QColor patch = background;
    patch.setAlpha(kLabelPatchAlpha);
    auto* box = new QGraphicsRectItem(&chart);
    box->setPen(Qt::NoPen);
    box->setBrush(patch);
    box->setZValue(10.0);
    auto* label = new QGraphicsSimpleTextItem(text, box);
    label->setBrush(color);
    QChart* raw = &chart;
    QObject::connect(
        raw, &QChart::plotAreaChanged, raw, [raw, box, label, series, value, placement](const QRectF& plot) {
            const QPointF at = raw->mapToPosition(value, series);
            const QRectF extent = label->boundingRect().adjusted(-2.0, 0.0, 2.0, 0.0);
            const double left = placement == LabelPlacement::RightEdge ? plot.right() - extent.width() - 2.0
                                                                       : at.x() - extent.width() / 2.0;
            box->setRect(QRectF(QPointF(0.0, 0.0), extent.size()));
            box->setPos(left, at.y() - extent.height() - (placement == LabelPlacement::AboveMarker ? 8.0 : 2.0));
            label->setPos(2.0, 0.0);
        });
    return label;
}

void keepLabelsApart(QChart& chart, const QList<QGraphicsItem*>& boxes)
{
    QObject::connect(&chart, &QChart::plotAreaChanged, &chart, [boxes](const QRectF& plot) { separate(boxes, plot); });
}

void addWrappedCategoryLabels(QChart& chart, QBarCategoryAxis& axis, const QColor& color)
{
    const QStringList names = axis.categories();
    axis.setLabelsVisible(false);
    const QFont font = axis.labelsFont();
    const double lineHeight = QFontMetricsF(font).lineSpacing();
    QMargins margins = chart.margins();
    margins.setBottom(static_cast<int>(kCategoryLabelLines * lineHeight + 8.0));
    chart.setMargins(margins);
    QList<QGraphicsTextItem*> labels;
    for (const QString& name : names) {
        auto* label = new QGraphicsTextItem(&chart);
        label->setPlainText(name);
        label->setFont(font);
        label->setDefaultTextColor(color);
        QTextOption centred(Qt::AlignHCenter);
        centred.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        label->document()->setDefaultTextOption(centred);
        label->document()->setDocumentMargin(0.0);
        labels.append(label);
    }
    QChart* raw = &chart;
    const double maxHeight = kCategoryLabelLines * lineHeight + 1.0;
    QObject::connect(raw, &QChart::plotAreaChanged, raw, [labels, names, maxHeight](const QRectF& plot) {
        if (labels.isEmpty()) {
            return;
        }
        // Categories split the plot evenly: category i spans [i - 0.5, i + 0.5].
        const double step = plot.width() / static_cast<double>(labels.size());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            labels[i]->setTextWidth(step - 4.0);
            fitLines(*labels[i], names[i], maxHeight);
            labels[i]->setPos(plot.left() + static_cast<double>(i) * step + 2.0, plot.bottom() + 4.0);
        }
    });
}

void addWrappedLegend(QChart& chart, const QColor& textColor)
{
    QStringList entries;
    for (QLegendMarker* marker : chart.legend()->markers()) {
        if (marker->series()->property(kHiddenFromLegend).toBool() || marker->label().isEmpty()) {
            continue;
        }
        const auto* line = qobject_cast<const QLineSeries*>(marker->series());
        const bool dashed = line && line->pen().style() != Qt::SolidLine;
        const QString swatch = line ? (dashed ? QStringLiteral("╍╍") : QStringLiteral("━━")) : QStringLiteral("■");
        const QColor color = line ? line->pen().color() : marker->brush().color();
        // A name breaks only between words; entries are kept apart by wide spaces.
        // A short name stays on one line; a long one (a machine) may wrap between its words.
        QString name = marker->label().toHtmlEscaped();
        if (marker->label().size() <= kUnbrokenLegendName) {
            name.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        }
        entries.append(QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3").arg(color.name(), swatch, name));
    }
    chart.legend()->setVisible(false);
    if (entries.isEmpty()) {
        return;
    }
    auto* legend = new QGraphicsTextItem(&chart);
    legend->setObjectName(wrappedLegendName());
    legend->setDefaultTextColor(textColor);
    legend->setFont(chart.legend()->font());
    legend->document()->setDocumentMargin(0.0);
    QTextOption centred(Qt::AlignHCenter);
    centred.setWrapMode(QTextOption::WordWrap);
    legend->document()->setDefaultTextOption(centred);
    legend->setHtml(entries.join(QStringLiteral(" &nbsp;&nbsp;&nbsp; ")));
    const int reserved = chart.margins().bottom(); // what the builder kept for itself (wrapped category names)
    QChart* raw = &chart;
    // On every relayout (the chart's resize ends in one); a changed margin relayouts once more, then settles.
    QObject::connect(raw, &QChart::plotAreaChanged, raw, [raw, legend, reserved] {
        const QRectF area = raw->rect();
        legend->setTextWidth(std::max(area.width() - 16.0, 40.0));
        const double height = legend->document()->size().height();
        legend->setPos(area.left() + 8.0, area.bottom() - height - 4.0);
        QMargins margins = raw->margins();
        const int bottom = reserved + static_cast<int>(std::ceil(height)) + 6;
        if (margins.bottom() != bottom) {
            margins.setBottom(bottom);
            raw->setMargins(margins);
        }
    });
}

void setZeroBasedRange(QValueAxis& axis, double maxValue)
{
    axis.setRange(0.0, std::max(maxValue, 1.0) * kTopMargin);
    axis.applyNiceNumbers();
    axis.setMin(0.0);
}

BarAxes addBarAxes(QChart& chart, QAbstractSeries& series, const QStringList& categories, const QString& valueTitle,
                   const ChartStyle& style)
{
    BarAxes axes;
    axes.categories = new QBarCategoryAxis(&chart);
    axes.categories->append(categories);
    style.apply(*axes.categories, QString());
    axes.categories->setGridLineVisible(false);
    axes.values = new QValueAxis(&chart);
    style.apply(*axes.values, valueTitle);
    axes.values->setLabelFormat(QStringLiteral("%.0f"));
    chart.addAxis(axes.categories, Qt::AlignBottom);
    chart.addAxis(axes.values, Qt::AlignLeft);
    series.attachAxis(axes.categories);
    series.attachAxis(axes.values);
    addWrappedCategoryLabels(chart, *axes.categories, style.foreground);
    return axes;
}

} // namespace localrig::ui
