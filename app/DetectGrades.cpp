// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetectGrades.h"

#include "ui/BuyerWording.h"
#include "ui/ThisComputerText.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace localrig::app {

namespace {

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QJsonValue upgradeJson(const core::WorkloadGrade& grade)
{
    if (!grade.upgrade) {
        return {};
    }
    const core::PlatformAssessment& a = *grade.upgrade;
    return QJsonObject{{QStringLiteral("id"), text(a.platform.id)},
                       {QStringLiteral("name"), text(a.platform.name)},
                       {QStringLiteral("system_usd"), a.system.usd ? QJsonValue(*a.system.usd) : QJsonValue()},
                       {QStringLiteral("grade"), text(core::toString(a.verdict))}};
}

} // namespace

QJsonArray DetectGrades::toJson(const std::vector<core::WorkloadGrade>& grades, const ui::CatalogData& catalog)
{
    QJsonArray array;
    for (const core::WorkloadGrade& g : grades) {
        const core::ModelOnPlatform* model = g.assessment.models.empty() ? nullptr : &g.assessment.models.front();
        const bool runs = model && model->fit.verdict != core::FitVerdict::WontFit;
        array.append(QJsonObject{
            {QStringLiteral("workload"), text(g.workload)},
            {QStringLiteral("name"), catalog.workloadName(g.workload)},
            {QStringLiteral("grade"), text(core::toString(g.verdict))},
            {QStringLiteral("reason"), text(core::describe(g.reason))},
            {QStringLiteral("footprint_bytes"), g.footprintBytes},
            {QStringLiteral("decode_full_tps"), runs ? QJsonValue(model->decodeFullTps.expected) : QJsonValue()},
            {QStringLiteral("upgrade"), upgradeJson(g)},
        });
    }
    return array;
}

void DetectGrades::print(const std::vector<core::WorkloadGrade>& grades, const ui::CatalogData& catalog,
                         QTextStream& out)
{
    out << tr("What runs here (graded as on the Plan page, one workload at a time):") << '\n';
    int width = 0;
    for (const core::WorkloadGrade& g : grades) {
        width = std::max(width, static_cast<int>(catalog.workloadName(g.workload).size()));
    }
    for (const core::WorkloadGrade& g : grades) {
        QString line
            = tr("  %1  %2  %3")
                  .arg(catalog.workloadName(g.workload).leftJustified(width),
                       ui::BuyerWording::verdict(g.verdict).leftJustified(9), ui::ThisComputerText::gradeReason(g));
        if (g.upgrade) {
            line += tr("; smallest upgrade: %1 (%2)")
                        .arg(text(g.upgrade->platform.displayShortName()),
                             ui::BuyerWording::systemPrice(*g.upgrade,
                                                           catalog.guideOnlyPrices.count(g.upgrade->platform.id) > 0));
        } else if (!core::isQualifying(g.verdict)) {
            line += tr("; no priced machine in the catalog does it");
        }
        out << line << '\n';
    }
}

} // namespace localrig::app
