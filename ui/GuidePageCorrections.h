// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace localrig::ui {

// One of the nine figures of the 2026 hardware guide that sources contradict (shared/data/README.md,
// "Guide (seed) claims that look wrong"), placed beside the article passage that stands where the
// guide's figure stood.
struct GuideCorrection
{
    QString id;
    QString articleSlug; // the article whose passage it annotates
    QString anchor; // text of the paragraph (or table row) it follows, as written in the article
    QString guideSays; // the guide's figure, quoted
    QString sourcesSay; // what the sources show instead
    QString source; // URL of the main source
};

// The Guide page's annotations: the nine corrections, and the article Markdown with each one inserted
// as a quoted block after the paragraph (or the whole table) containing its anchor.
class GuidePageCorrections
{
    Q_DECLARE_TR_FUNCTIONS(GuidePageCorrections)

public:
    static std::vector<GuideCorrection> all();
    // `markdown` with the corrections of `slug` inserted; an anchor that is not found adds nothing.
    static QString annotate(const QString& slug, const QString& markdown);
    // How many corrections `annotate` placed in this article's Markdown.
    static int placedCount(const QString& slug, const QString& markdown);
};

} // namespace localrig::ui
