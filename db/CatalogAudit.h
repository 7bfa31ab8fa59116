// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

// `localrig catalog check` (issue 15): the catalog read the way a reviewer would, as the to-do list that
// keeps it true. Findings are facts about rows, in English (like the CLI's other diagnostics).
namespace localrig::db {

enum class AuditKind {
    MissingPrice, // a buyable machine without any price
    StalePrice, // a current price (or a host-PC part's price) older than kStaleMonths
    GuideOnly, // a figure only the guide states
    Disagreement, // sources (or the guide and the sources) disagree on a figure
    NonVendorSource, // the row's source is neither the vendor's page nor the model's own card
};

// Stable names for JSON and tests: missing_price, stale_price, guide_only, disagreement, non_vendor_source.
QString auditKindName(AuditKind kind);

struct AuditFinding
{
    AuditKind kind = AuditKind::MissingPrice;
    QString table; // platform, price, host_build_part, model, model_file_size, quantization
    QString id; // row id (platform id; "build/part" for parts; "model/quant" for file sizes)
    QString detail; // one line: what is wrong and what the row says
    QString source;
    QString date; // price date or source date
    std::optional<int> ageMonths; // for stale prices
};

struct AuditReport
{
    QDate today;
    std::vector<AuditFinding> findings;
    int buyableMachines = 0;
    int announcedMachines = 0;
    int discontinuedMachines = 0;
    int expiredPrices = 0; // current prices of buyable machines older than kExpiredMonths

    int count(AuditKind kind) const;
};

AuditReport auditCatalog(const Catalog& catalog, const QDate& today);

// True when `url` is a vendor's own page or a model's own card/config (apple.com, nvidia.com, amd.com,
// huggingface.co, the model maker's GitHub organisation ...).
bool isVendorSource(const QString& url);
// True for pages known to copy or proxy others (voozh.deno.dev, inforeader.com search pages, huface.ru ...).
bool isKnownProxy(const QString& url);

} // namespace localrig::db
