// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidePageCorrections.h"

#include <QStringList>

#include <algorithm>

namespace localrig::ui {

namespace {

// Paragraphs are runs of non-blank lines; a Markdown table is one paragraph, so an annotation never
// splits it.
QStringList paragraphs(const QString& markdown)
{
    QStringList result;
    QString current;
    for (const QString& line : markdown.split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty()) {
                result.append(current);
                current.clear();
            }
            continue;
        }
        current += current.isEmpty() ? line : u'\n' + line;
    }
    if (!current.isEmpty()) {
        result.append(current);
    }
    return result;
}

QString block(const GuideCorrection& correction, int number, int total)
{
    return QStringLiteral("> **%1** %2 %3 [%4](%5)")
        .arg(GuidePageCorrections::tr("Guide correction %1 of %2.").arg(number).arg(total),
             GuidePageCorrections::tr("The guide says: “%1”.").arg(correction.guideSays),
             GuidePageCorrections::tr("Sources: %1").arg(correction.sourcesSay), GuidePageCorrections::tr("Source"),
             correction.source);
}

} // namespace

std::vector<GuideCorrection> GuidePageCorrections::all()
{
    return {
        {QStringLiteral("rtx-4070-laptop-16gb"), QStringLiteral("tiers-overview"),
         QStringLiteral("For learning and light coding"), tr("RTX 4070 Laptop 16GB"),
         tr("the RTX 4070 Laptop GPU has 8 GB of VRAM (128-bit, 256 GB/s); 16 GB can only be system RAM. The "
            "16 GB laptop GPU is the RTX 4090 Laptop."),
         QStringLiteral("https://oemdrivers.com/graphics-nvidia-rtx-4070-laptop")},
        {QStringLiteral("macbook-air-m4-1099"), QStringLiteral("tiers-overview"),
         QStringLiteral("For learning and light coding"), tr("MacBook Air M4 16GB · $1,099"),
         tr("the M4 MacBook Air launched at $999; $1,099 is the M5 Air's launch price (March 2026), raised to "
            "$1,299 on 2026-06-25."),
         QStringLiteral("https://www.tectack.org/2026/03/apple-m4-macbook-air-16gb-base-ram-999.html")},
        {QStringLiteral("macbook-pro-m4-pro-48-2000"), QStringLiteral("tiers-overview"),
         QStringLiteral("Where most developers should land"), tr("MacBook Pro M4 Pro 48GB · ~$2,000"),
         tr("$1,999 was the 24 GB base model; the 48 GB configuration cost more (its price was not found), and "
            "the M4 Pro MacBook Pro was replaced by the M5 Pro in March 2026."),
         QStringLiteral("https://appleosophy.com/2024/11/01/top-tidbits-about-the-macbook-pro-m4-m4-pro-m4-max-you-"
                        "may-have-missed")},
        {QStringLiteral("llama-4-scout-45gb"), QStringLiteral("tiers-overview"),
         QStringLiteral("Runs 70B dense models such as Llama 3.3 70B"), tr("Llama 4 Scout fits ~45GB at 4-bit"),
         tr("~43 GB is the 2-bit Q2_K file; 109B weights at 4 bits are at least 54.5 GB and the UD-Q4_K_XL file "
            "is 57.7 GiB, so 4-bit Scout needs a 96–128 GB machine."),
         QStringLiteral("https://ollama.com/yasserrmd/Llama-4-Scout-17B-16E-Instruct:latest")},
        {QStringLiteral("mistral-small-18gb"), QStringLiteral("tiers-overview"),
         QStringLiteral("| 32 GB | Developers |"), tr("Mistral Small 3.1 24B: ~18GB at 4-bit"),
         tr("Q4_K_M weights are ~14.6 GB (24e9 × 4.85 / 8) and ~14 GB runs it with an 8K context; ~17 GB is "
            "Q5_K_M."),
         QStringLiteral("https://bestllmfor.com/catalog/mistral-small-31-24b/")},
        {QStringLiteral("m5-pro-330"), QStringLiteral("faq"), QStringLiteral("For most developers a 48 GB MacBook Pro"),
         tr("a 48GB MacBook Pro … offers 330 GB/s bandwidth"),
         tr("Apple specifies up to 307 GB/s for the M5 Pro; the M4 Pro has 273 GB/s."),
         QStringLiteral("https://www.macrumors.com/2026/03/03/apple-unveils-macbook-pro-with-m5-pro-and-m5-max-chips-"
                        "with-neural-accelerators/")},
        {QStringLiteral("max-bandwidth"), QStringLiteral("platform-comparison"),
         QStringLiteral("Bandwidth rises with the chip"), tr("M4 Max (546 GB/s); M5 Max 64GB … 614 GB/s"),
         tr("546 GB/s is only the 16-core-CPU / 40-core-GPU M4 Max (the binned M4 Max, e.g. the base Mac Studio, "
            "has 410 GB/s), and 614 GB/s only the 40-core-GPU M5 Max (~460 GB/s reported for the 32-core)."),
         QStringLiteral("https://www.macrumors.com/2024/10/30/apple-announces-m4-max-chip/")},
        {QStringLiteral("dgx-spark-3000"), QStringLiteral("platform-comparison"),
         QStringLiteral("A small Linux box with 128 GB"), tr("NVIDIA DGX Spark · ~$3,000"),
         tr("$3,000 was the CES 2025 \"Project DIGITS\" figure; the Founders Edition launched at $3,999 "
            "(2025-10-15) and ~$4,699 was reported in 2026. Partner GB10 systems such as the ASUS Ascent GX10 "
            "cost about $3,000."),
         QStringLiteral("https://ai-infrastructure.net/dgx-spark/")},
        {QStringLiteral("kimi-k2-6-90gb"), QStringLiteral("when-128gb-makes-sense"),
         QStringLiteral("Qwen3.5-122B-A10B is about 74 GB"), tr("Kimi K2.6 (~90GB?) for 96–128GB machines"),
         tr("Kimi K2.6 has about 1 trillion parameters; its native INT4 weights are ~594 GB (a 4-bit floor is "
            "500 GB), so it fits no 128 GB machine."),
         QStringLiteral("https://knoxhub.io/hub/post/kimi-k26-open-weight-1t-agent-model-you-can-actually-run")},
    };
}

QString GuidePageCorrections::annotate(const QString& slug, const QString& markdown)
{
    const std::vector<GuideCorrection> corrections = all();
    const int total = static_cast<int>(corrections.size());
    if (std::none_of(corrections.begin(), corrections.end(),
                     [&](const GuideCorrection& c) { return c.articleSlug == slug; })) {
        return markdown; // untouched: no correction belongs to this article
    }
    QStringList result;
    for (const QString& paragraph : paragraphs(markdown)) {
        result.append(paragraph);
        for (int i = 0; i < total; ++i) {
            const GuideCorrection& c = corrections[static_cast<std::size_t>(i)];
            if (c.articleSlug == slug && paragraph.contains(c.anchor)) {
                result.append(block(c, i + 1, total));
            }
        }
    }
    return result.join(QStringLiteral("\n\n")) + u'\n';
}

int GuidePageCorrections::placedCount(const QString& slug, const QString& markdown)
{
    int placed = 0;
    for (const GuideCorrection& c : all()) {
        if (c.articleSlug == slug) {
            for (const QString& paragraph : paragraphs(markdown)) {
                if (paragraph.contains(c.anchor)) {
                    ++placed;
                    break;
                }
            }
        }
    }
    return placed;
}

} // namespace localrig::ui
