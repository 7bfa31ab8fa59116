// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartHover.h"

#include "ChartStyle.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QToolTip>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>
#include <limits>

namespace localrig::ui {

namespace {

// Span of the series' axis in one orientation, so x and y distances weigh alike.
double span(QXYSeries& series, Qt::Orientation orientation)
{
    for (QAbstractAxis* axis : series.attachedAxes()) {
        if (axis->orientation() == orientation) {
            if (auto* value = qobject_cast<QValueAxis*>(axis)) {
                return std::max(value->max() - value->min(), 1e-9);
            }
            return 1.0; // category axis: one unit per category
        }
    }
    return 1.0;
}

void show(const QString& text, bool state)
{
    if (state && !text.isEmpty()) {
        QToolTip::showText(QCursor::pos(), text);
    } else {
        QToolTip::hideText();
    }
}

} // namespace

QString ChartHover::textNear(QXYSeries& series, const QPointF& value)
{
    const QStringList texts = hoverTexts(series);
    const double xSpan = span(series, Qt::Horizontal);
    const double ySpan = span(series, Qt::Vertical);
    double best = std::numeric_limits<double>::max();
    qsizetype bestIndex = -1;
    for (qsizetype i = 0; i < series.count(); ++i) {
        const QPointF p = series.at(i);
        const double d = std::hypot((p.x() - value.x()) / xSpan, (p.y() - value.y()) / ySpan);
        if (d < best) {
            best = d;
            bestIndex = i;
        }
    }
    return bestIndex >= 0 && bestIndex < texts.size() ? texts[bestIndex] : QString();
}

void ChartHover::install(QChart& chart)
{
    for (QAbstractSeries* series : chart.series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                QObject::connect(set, &QBarSet::hovered, set, [set](bool state, int index) {
                    const QStringList texts = hoverTexts(*set);
                    show(index >= 0 && index < texts.size() ? texts[index] : QString(), state);
                });
            }
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            QObject::connect(xy, &QXYSeries::hovered, xy,
                             [xy](const QPointF& point, bool state) { show(textNear(*xy, point), state); });
        }
    }
}

} // namespace localrig::ui
