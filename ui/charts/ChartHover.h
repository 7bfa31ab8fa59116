// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

class QChart;
class QXYSeries;

namespace localrig::ui {

// Shows the exact value under the mouse: each bar set's and series' hovered signal opens a tooltip with
// the text the builder stored for that bar or point (value and unit, see kHoverTextsProperty).
class ChartHover
{
public:
    static void install(QChart& chart);
    // The stored text of the series point nearest to `value` (in axis units), or empty.
    static QString textNear(QXYSeries& series, const QPointF& value);
};

} // namespace localrig::ui
