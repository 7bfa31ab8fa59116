// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogAudit.h"

#include "CatalogLoader.h"
#include "PriceAge.h"

#include <QUrl>

#include <algorithm>

namespace localrig::db {

namespace {

const char* const kVendorHosts[] = {
    "apple.com",       "nvidia.com",     "amd.com",     "intel.com",  "frame.work",
    "asus.com",        "hp.com",         "dell.com",    "lenovo.com", "microsoft.com",
    "gmktec.com",      "huggingface.co", "meta.com",    "llama.com",  "ai.google.dev",
    "deepmind.google", "blog.google",    "mistral.ai",  "qwen.ai",    "qwenlm.github.io",
    "deepseek.com",    "openai.com",     "moonshot.ai", "z.ai",       "eia.gov",
    "europa.eu",       "anthropic.com",  "x.ai",        "minimax.io",
};
// GitHub organisations whose repositories are a model maker's or llama.cpp's own.
const char* const kVendorGitHubOrgs[]
    = {"ggml-org",  "ggerganov",  "meta-llama", "deepseek-ai", "qwenlm",    "openai", "google-deepmind",
       "mistralai", "moonshotai", "zai-org",    "thudm",       "microsoft", "nvidia"};
const char* const kProxyHosts[] = {"voozh.deno.dev", "inforeader.com", "huface.ru",    "americanfork.business",
                                   "mera.a-ai.ru",   "sdinfo.site",    "hf-mirror.com"};

bool hostMatches(const QString& host, const char* domain)
{
    const QString d = QLatin1String(domain);
    return host == d || host.endsWith(QLatin1Char('.') + d);
}

QString hostOf(const QString& url)
{
    return QUrl(url.trimmed()).host().toLower();
}

bool isUrl(const QString& source)
{
    return source.startsWith(QLatin1String("http://")) || source.startsWith(QLatin1String("https://"));
}

bool disagreementIn(const QString& check)
{
    const QString c = check.trimmed().toLower();
    return c.startsWith(QLatin1String("contradicted")) || c.startsWith(QLatin1String("partly"))
        || c.startsWith(QLatin1String("questionable"));
}

bool sourcesDisagree(const QString& notes)
{
    const QString n = notes.toLower();
    return n.contains(QLatin1String("disagree")) || n.contains(QLatin1String("conflict"));
}

class Auditor
{
public:
    explicit Auditor(AuditReport& report)
        : m_report(report)
    { }

    void add(AuditKind kind, const QString& table, const QString& id, const QString& detail, const SourceInfo& source,
             const QString& date = QString(), std::optional<int> age = std::nullopt)
    {
        m_report.findings.push_back(
            AuditFinding{kind, table, id, detail, source.source, date.isEmpty() ? source.sourceDate : date, age});
    }

    void source(const QString& table, const QString& id, const SourceInfo& source)
    {
        if (source.confirmation == Confirmation::GuideOnly || source.source == QLatin1String("guide")) {
            add(AuditKind::GuideOnly, table, id, QStringLiteral("stated only by the guide"), source);
            return;
        }
        if (!isUrl(source.source) || isVendorSource(source.source)) {
            return;
        }
        add(AuditKind::NonVendorSource, table, id,
            isKnownProxy(source.source)
                ? QStringLiteral("source is a proxy or copy: %1").arg(hostOf(source.source))
                : QStringLiteral("source is not the vendor or the model's card: %1").arg(hostOf(source.source)),
            source);
    }

private:
    AuditReport& m_report;
};

} // namespace

QString auditKindName(AuditKind kind)
{
    switch (kind) {
    case AuditKind::MissingPrice:
        return QStringLiteral("missing_price");
    case AuditKind::StalePrice:
        return QStringLiteral("stale_price");
    case AuditKind::GuideOnly:
        return QStringLiteral("guide_only");
    case AuditKind::Disagreement:
        return QStringLiteral("disagreement");
    case AuditKind::NonVendorSource:
        return QStringLiteral("non_vendor_source");
    }
    return QString();
}

int AuditReport::count(AuditKind kind) const
{
    return static_cast<int>(
        std::count_if(findings.begin(), findings.end(), [kind](const AuditFinding& f) { return f.kind == kind; }));
}

bool isVendorSource(const QString& url)
{
    const QString host = hostOf(url);
    if (host.isEmpty()) {
        return false;
    }
    for (const char* domain : kVendorHosts) {
        if (hostMatches(host, domain)) {
            return true;
        }
    }
    if (host == QLatin1String("github.com") || host == QLatin1String("raw.githubusercontent.com")) {
        const QString org = QUrl(url.trimmed()).path().section(QLatin1Char('/'), 1, 1).toLower();
        return std::any_of(std::begin(kVendorGitHubOrgs), std::end(kVendorGitHubOrgs),
                           [&](const char* o) { return org == QLatin1String(o); });
    }
    return false;
}

bool isKnownProxy(const QString& url)
{
    const QString host = hostOf(url);
    return std::any_of(std::begin(kProxyHosts), std::end(kProxyHosts),
                       [&](const char* proxy) { return hostMatches(host, proxy); });
}

AuditReport auditCatalog(const Catalog& catalog, const QDate& today)
{
    AuditReport report;
    report.today = today;
    Auditor audit(report);
    for (const PlatformEntry& p : catalog.platforms()) {
        const QString id = QString::fromStdString(p.platform.id);
        if (p.availability == QLatin1String("announced")) {
            ++report.announcedMachines;
        } else if (p.availability == QLatin1String("discontinued")) {
            ++report.discontinuedMachines;
        } else {
            ++report.buyableMachines;
        }
        const std::vector<PricePoint> history = catalog.priceHistory(id);
        const auto current = currentPrice(history);
        if (!current && p.buyable()) {
            audit.add(AuditKind::MissingPrice, QStringLiteral("platform"), id, QStringLiteral("buyable, but no price"),
                      p.source);
        }
        if (current) {
            const std::optional<int> age = ageInMonths(current->date, today);
            if (isStale(current->date, today)) {
                audit.add(AuditKind::StalePrice, QStringLiteral("price"), id,
                          QStringLiteral("%1 price $%2 is %3 months old")
                              .arg(current->kind, QString::number(current->usd, 'f', 0))
                              .arg(age.value_or(0)),
                          current->source, current->date, age);
                if (p.buyable() && isStale(current->date, today, kExpiredMonths)) {
                    ++report.expiredPrices;
                }
            }
            if (current->kind == QLatin1String("guide")) {
                audit.add(AuditKind::GuideOnly, QStringLiteral("price"), id,
                          QStringLiteral("the only price is the guide's $%1").arg(current->usd, 0, 'f', 0),
                          current->source, current->date);
            } else {
                audit.source(QStringLiteral("price"), id, current->source);
            }
        }
        if (disagreementIn(p.guideCheck)) {
            audit.add(AuditKind::Disagreement, QStringLiteral("platform"), id,
                      QStringLiteral("guide: %1").arg(p.guideCheck.left(160)), p.source);
        } else if (sourcesDisagree(p.source.notes)) {
            audit.add(AuditKind::Disagreement, QStringLiteral("platform"), id,
                      QStringLiteral("sources disagree (see notes)"), p.source);
        }
        audit.source(QStringLiteral("platform"), id, p.source);
    }
    for (const HostBuildPartEntry& part : catalog.hostBuildParts()) {
        const QString id = part.buildId + QLatin1Char('/') + part.part;
        if (isStale(part.priceDate, today)) {
            const std::optional<int> age = ageInMonths(part.priceDate, today);
            audit.add(
                AuditKind::StalePrice, QStringLiteral("host_build_part"), id,
                QStringLiteral("%1 $%2 is %3 months old").arg(part.name).arg(part.usd, 0, 'f', 2).arg(age.value_or(0)),
                part.source, part.priceDate, age);
        }
        audit.source(QStringLiteral("host_build_part"), id, part.source);
    }
    for (const ModelEntry& m : catalog.models()) {
        const QString id = QString::fromStdString(m.spec.id);
        if (disagreementIn(m.guideCheck)) {
            audit.add(AuditKind::Disagreement, QStringLiteral("model"), id,
                      QStringLiteral("guide: %1").arg(m.guideCheck.left(160)), m.source);
        } else if (sourcesDisagree(m.source.notes)) {
            audit.add(AuditKind::Disagreement, QStringLiteral("model"), id,
                      QStringLiteral("sources disagree (see notes)"), m.source);
        }
        audit.source(QStringLiteral("model"), id, m.source);
    }
    for (const FileSizeEntry& size : catalog.fileSizes()) {
        audit.source(QStringLiteral("model_file_size"), size.modelId + QLatin1Char('/') + size.quantId, size.source);
    }
    return report;
}

} // namespace localrig::db
