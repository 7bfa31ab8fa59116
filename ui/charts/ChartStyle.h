// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStringList>

class QChart;
class QObject;
class QPalette;
class QAbstractAxis;

namespace localrig::ui {

// Dynamic property every chart builder sets on its QBarSet and QXYSeries objects: one worded text per
// bar or point, value and unit included, shown as the hover tooltip (see ChartHover).
inline constexpr char kHoverTextsProperty[] = "localrigHoverTexts";

// Colours and theme of a chart, taken from the widget palette (light or dark) or fixed for paper.
struct ChartStyle
{
    bool dark = false;
    QColor background = Qt::white;
    QColor foreground = Qt::black;
    QColor grid = Qt::lightGray;
    QColor accent = QColor(0x1f, 0x5f, 0xbf);

    static ChartStyle fromPalette(const QPalette& palette);
    static ChartStyle paper(); // light, white background: the PDF

    // A distinct colour per machine or model, readable on the background.
    QColor seriesColor(int index) const;
    // Theme, background, title and legend; call before adding series.
    void apply(QChart& chart, const QString& title) const;
    // Axis title, label and grid colours.
    void apply(QAbstractAxis& axis, const QString& title) const;
};

// Stores the hover texts of a bar set or series.
void setHoverTexts(QObject& target, const QStringList& texts);
QStringList hoverTexts(const QObject& target);

} // namespace localrig::ui
