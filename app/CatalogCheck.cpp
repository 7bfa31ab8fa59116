// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace localrig::app {

namespace {

using db::AuditKind;

constexpr AuditKind kKinds[] = {AuditKind::MissingPrice, AuditKind::StalePrice, AuditKind::GuideOnly,
                                AuditKind::Disagreement, AuditKind::NonVendorSource};

QString heading(AuditKind kind, int count)
{
    switch (kind) {
    case AuditKind::MissingPrice:
        return CatalogCheck::tr("Buyable machines without a price: %1").arg(count);
    case AuditKind::StalePrice:
        return CatalogCheck::tr("Stale prices (older than 6 months): %1").arg(count);
    case AuditKind::GuideOnly:
        return CatalogCheck::tr("Figures only the guide states: %1").arg(count);
    case AuditKind::Disagreement:
        return CatalogCheck::tr("Figures sources disagree on: %1").arg(count);
    case AuditKind::NonVendorSource:
        return CatalogCheck::tr("Sources that are not the vendor's page or the model's card: %1").arg(count);
    }
    return QString();
}

} // namespace

void CatalogCheck::printText(const db::AuditReport& report, QTextStream& out)
{
    out << tr("Catalog check on %1: %2 buyable, %3 announced, %4 discontinued machines")
               .arg(report.today.toString(Qt::ISODate))
               .arg(report.buyableMachines)
               .arg(report.announcedMachines)
               .arg(report.discontinuedMachines)
        << '\n';
    out << tr("Buyable machines whose current price is older than 12 months: %1").arg(report.expiredPrices) << '\n';
    for (AuditKind kind : kKinds) {
        out << heading(kind, report.count(kind)) << '\n';
    }
    for (AuditKind kind : kKinds) {
        if (report.count(kind) == 0) {
            continue;
        }
        out << '\n' << heading(kind, report.count(kind)) << '\n';
        for (const db::AuditFinding& f : report.findings) {
            if (f.kind != kind) {
                continue;
            }
            out << QStringLiteral("  %1 %2: %3").arg(f.table, f.id, f.detail);
            if (!f.source.isEmpty()) {
                out << QStringLiteral(" [%1, %2]").arg(f.source, f.date);
            }
            out << '\n';
        }
    }
}

void CatalogCheck::printJson(const db::AuditReport& report, QTextStream& out)
{
    QJsonObject counts{{QStringLiteral("buyable_machines"), report.buyableMachines},
                       {QStringLiteral("announced_machines"), report.announcedMachines},
                       {QStringLiteral("discontinued_machines"), report.discontinuedMachines},
                       {QStringLiteral("expired_prices"), report.expiredPrices}};
    for (AuditKind kind : kKinds) {
        counts.insert(db::auditKindName(kind), report.count(kind));
    }
    QJsonArray findings;
    for (const db::AuditFinding& f : report.findings) {
        QJsonObject item{{QStringLiteral("kind"), db::auditKindName(f.kind)},
                         {QStringLiteral("table"), f.table},
                         {QStringLiteral("id"), f.id},
                         {QStringLiteral("detail"), f.detail},
                         {QStringLiteral("source"), f.source},
                         {QStringLiteral("date"), f.date}};
        if (f.ageMonths) {
            item.insert(QStringLiteral("age_months"), *f.ageMonths);
        }
        findings.append(item);
    }
    const QJsonObject root{{QStringLiteral("today"), report.today.toString(Qt::ISODate)},
                           {QStringLiteral("counts"), counts},
                           {QStringLiteral("findings"), findings}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace localrig::app
