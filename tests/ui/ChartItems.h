// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a chart holds, read back for the chart tests: its series of one type (and name), its value axis, and
// every text label the builders drew on it.

#include <QChart>
#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>
#include <QList>
#include <QStringList>
#include <QValueAxis>

namespace localrig::test {

template <class T>
inline QList<T*> seriesOf(const QChart& chart, const QString& objectName = {})
{
    QList<T*> result;
    for (QAbstractSeries* s : chart.series()) {
        if (auto* typed = qobject_cast<T*>(s); typed && (objectName.isEmpty() || s->objectName() == objectName)) {
            result.append(typed);
        }
    }
    return result;
}

inline QValueAxis* valueAxis(const QChart& chart, Qt::Orientation orientation)
{
    const QList<QAbstractAxis*> axes = chart.axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.front());
}

// Every text item the builders put on the chart (line labels sit on a background patch).
inline QStringList chartLabels(const QGraphicsItem& parent)
{
    QStringList labels;
    for (const QGraphicsItem* item : parent.childItems()) {
        if (const auto* label = dynamic_cast<const QGraphicsSimpleTextItem*>(item)) {
            labels.append(label->text());
        }
        labels.append(chartLabels(*item));
    }
    return labels;
}

} // namespace localrig::test
