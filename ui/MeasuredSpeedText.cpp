// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasuredSpeedText.h"

#include "PlatformCatalogModel.h"
#include "Wording.h"

#include <QLocale>
#include <QStringList>

namespace localrig::ui {

namespace {

// As published: 84.1, 59.85, 3782.76.
QString published(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString MeasuredSpeedText::cell(const db::MeasurementEntry& measured, core::Backend platformBackend)
{
    const QString speed = QLocale().toString(measured.decodeTps, 'f', measured.decodeTps < 10.0 ? 1 : 0);
    return measured.backend == platformBackend
        ? tr("%1 tokens/s measured").arg(speed)
        : tr("%1 tokens/s measured (%2)").arg(speed, PlatformCatalogModel::backendText(measured.backend));
}

QString MeasuredSpeedText::tableCell(const db::MeasurementEntry& measured, core::Backend platformBackend)
{
    const QString speed = QLocale().toString(measured.decodeTps, 'f', measured.decodeTps < 10.0 ? 1 : 0);
    return measured.backend == platformBackend
        ? tr("%1 measured").arg(speed)
        : tr("%1 measured (%2)").arg(speed, PlatformCatalogModel::backendText(measured.backend));
}

QString MeasuredSpeedText::tooltip(const db::MeasurementEntry& measured, core::Backend platformBackend,
                                   const std::optional<core::SpeedBand>& estimate)
{
    QStringList lines;
    lines.append(tr("Measured: %1 tokens/s decode at %2 of context on %3.")
                     .arg(published(measured.decodeTps), Wording::contextTokens(measured.contextTokens),
                          PlatformCatalogModel::backendText(measured.backend)));
    if (measured.backend != platformBackend) {
        lines.append(tr("This machine usually runs %1; no %1 measurement is published.")
                         .arg(PlatformCatalogModel::backendText(platformBackend)));
    }
    if (measured.prefillTps) {
        lines.append(measured.promptTokens
                         ? tr("Prefill: %1 tokens/s on a %2-token prompt.")
                               .arg(published(*measured.prefillTps), QLocale().toString(*measured.promptTokens))
                         : tr("Prefill: %1 tokens/s.").arg(published(*measured.prefillTps)));
    }
    lines.append(tr("Source: %1, %2").arg(measured.sourceName, measured.source.sourceDate));
    lines.append(measured.source.source);
    if (estimate) {
        lines.append(tr("LocalRig's estimate: %1").arg(Wording::speedBand(*estimate)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace localrig::ui
