// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QStringList>

class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QChart;
class QGraphicsItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace localrig::ui {

struct ChartStyle;

// Small helpers the chart builders share: attach a series to both axes, hide duplicate legend entries,
// and a y axis that starts at zero with round tick values.

// Adds a line through `points` to the chart and attaches it to the given axes.
QLineSeries* addLineSeries(QChart& chart, const QString& name, const QList<QPointF>& points, const QPen& pen,
                           QAbstractAxis* xAxis, QAbstractAxis* yAxis);

// Keeps a series on the chart but out of the legend (the second headroom segment, the fifth error bar).
void hideFromLegend(QChart& chart, QAbstractSeries* series);

// A label on a line: above `value` (in `series` coordinates), either centred on it or pushed against the
// plot area's right edge, on a patch of the chart background so bars behind it do not hide it. It follows
// every relayout. Qt's point labels have no background and are clipped at the plot's ends.
enum class LabelPlacement {
    Centred, // just above a line
    AboveMarker, // above a scatter marker, clear of its disc
    RightEdge, // at the plot's right end of a line
};
QGraphicsSimpleTextItem* addLineLabel(QChart& chart, QAbstractSeries* series, QPointF value, const QString& text,
                                      const QColor& color, const QColor& background, LabelPlacement placement);

// Keeps line labels (the boxes addLineLabel made, its label's parentItem()) from covering each other after
// every relayout: a label that overlaps an earlier one with the same text is hidden (the first says it),
// any other moves up a line, or down once it would leave the plot. Call after the labels were added.
void keepLabelsApart(QChart& chart, const QList<QGraphicsItem*>& boxes);

// Machine names under a bar chart's categories, wrapped onto up to four lines instead of Qt's "GeForce R…"
// truncation: hides the category axis' own labels, moves the legend to the top and reserves the bottom
// margin for the names. The axis keeps its categories (for hover and tests).
void addWrappedCategoryLabels(QChart& chart, QBarCategoryAxis& axis, const QColor& color);

// A bar chart's two axes: one category per machine along the bottom (names wrapped as above) and a value
// axis with whole-number ticks titled `valueTitle`, both attached to `series`.
struct BarAxes
{
    QBarCategoryAxis* categories = nullptr;
    QValueAxis* values = nullptr;
};
BarAxes addBarAxes(QChart& chart, QAbstractSeries& series, const QStringList& categories, const QString& valueTitle,
                   const ChartStyle& style);

// Replaces Qt's legend, which cuts long names ("Overhe…", "MacBook Pro 1…") and never wraps, with the same
// entries as one text that wraps onto as many lines as the chart's width needs, under everything else at
// the bottom. Call last, once every series is added and hidden from the legend or not.
void addWrappedLegend(QChart& chart, const QColor& textColor);
inline QString wrappedLegendName()
{
    return QStringLiteral("wrappedLegend");
}

// 0 .. a round number at or above `maxValue` × 1.08, with nice ticks (QValueAxis::applyNiceNumbers).
void setZeroBasedRange(QValueAxis& axis, double maxValue);

} // namespace localrig::ui
