// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

#include <array>

namespace localrig::ui {

namespace {

// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; lighter variants on dark.
constexpr std::array<QRgb, 6> kLightColors{0xff0072b2, 0xffd55e00, 0xff009e73, 0xffcc79a7, 0xff8a6d00, 0xff56606b};
constexpr std::array<QRgb, 6> kDarkColors{0xff56b4e9, 0xffe69f00, 0xff3fd0a0, 0xffe8a0c8, 0xfff0e442, 0xffb0b8c0};

} // namespace

ChartStyle ChartStyle::fromPalette(const QPalette& palette)
{
    ChartStyle style;
    style.background = palette.color(QPalette::Base);
    style.foreground = palette.color(QPalette::Text);
    style.dark = style.background.lightness() < 128;
    style.grid = style.dark ? style.background.lighter(220) : style.background.darker(125);
    style.accent = palette.color(QPalette::Highlight);
    return style;
}

ChartStyle ChartStyle::paper()
{
    return ChartStyle{};
}

QColor ChartStyle::seriesColor(int index) const
{
    const auto& colors = dark ? kDarkColors : kLightColors;
    return QColor::fromRgba(colors[static_cast<std::size_t>(index) % colors.size()]);
}

void ChartStyle::apply(QChart& chart, const QString& title) const
{
    chart.setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart.setBackgroundBrush(background);
    chart.setBackgroundRoundness(0);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setTitle(title);
    chart.setTitleBrush(foreground);
    QFont titleFont = chart.titleFont();
    titleFont.setBold(true);
    chart.setTitleFont(titleFont);
    chart.setLocalizeNumbers(true);
    chart.legend()->setLabelColor(foreground);
    chart.legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart.legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart.legend()->setFont(legendFont);
    chart.setMargins(QMargins(4, 4, 4, 4));
}

void ChartStyle::apply(QAbstractAxis& axis, const QString& title) const
{
    axis.setTitleText(title);
    axis.setTitleBrush(foreground);
    axis.setLabelsColor(foreground);
    axis.setGridLineColor(grid);
    axis.setLinePenColor(grid);
    QFont font = axis.titleFont();
    font.setBold(false);
    axis.setTitleFont(font);
}

void setHoverTexts(QObject& target, const QStringList& texts)
{
    target.setProperty(kHoverTextsProperty, texts);
}

QStringList hoverTexts(const QObject& target)
{
    return target.property(kHoverTextsProperty).toStringList();
}

} // namespace localrig::ui
