// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidePage.h"

#include "ArticleListModel.h"
#include "GuidePageRenderer.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace localrig::ui {

namespace {

constexpr int kContentsMinimumWidth = 240;
constexpr int kContentsInitialWidth = 360;

QToolButton* hitButton(const QString& objectName, QStyle::StandardPixmap icon, const QString& name,
                       const QString& shortcut, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setAccessibleName(name);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(name, shortcut));
    return button;
}

QStringList plainTexts(const std::vector<ArticleInfo>& articles)
{
    QStringList texts;
    for (const ArticleInfo& article : articles) {
        texts.append(GuidePageRenderer::plainText(article));
    }
    return texts;
}

} // namespace

GuidePage::GuidePage(const std::vector<ArticleInfo>& articles, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("guidePage"));
    m_model = new ArticleListModel(this);
    buildLayout();
    createShortcuts();
    setArticles(articles);
}

void GuidePage::buildLayout()
{
    auto* contents = new QWidget(this);
    auto* searchLabel = new QLabel(tr("&Search the guide:"), contents);
    m_searchEdit = new QLineEdit(contents);
    m_searchEdit->setObjectName(QStringLiteral("guideSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Words to find (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setToolTip(tr("Shows the articles containing every word. Enter or F3: next hit; "
                                "Shift+Enter or Shift+F3: previous hit; Escape: clear."));
    searchLabel->setBuddy(m_searchEdit);
    m_previousButton = hitButton(QStringLiteral("guidePreviousHitToolButton"), QStyle::SP_ArrowUp, tr("Previous hit"),
                                 QKeySequence(QKeySequence::FindPrevious).toString(QKeySequence::NativeText), contents);
    m_nextButton = hitButton(QStringLiteral("guideNextHitToolButton"), QStyle::SP_ArrowDown, tr("Next hit"),
                             QKeySequence(QKeySequence::FindNext).toString(QKeySequence::NativeText), contents);
    m_statusLabel = new QLabel(contents);
    m_statusLabel->setObjectName(QStringLiteral("guideSearchStatusLabel"));
    m_statusLabel->setWordWrap(true);
    auto* contentsLabel = new QLabel(tr("C&ontents"), contents);
    m_contentsView = new QTreeView(contents);
    m_contentsView->setObjectName(QStringLiteral("guideContentsTreeView"));
    m_contentsView->setModel(m_model);
    m_contentsView->setHeaderHidden(true);
    m_contentsView->setRootIsDecorated(false);
    m_contentsView->setItemsExpandable(false);
    m_contentsView->setIndentation(fontMetrics().height());
    m_contentsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contentsView->setAccessibleName(tr("Guide contents"));
    contentsLabel->setBuddy(m_contentsView);

    auto* searchRow = new QHBoxLayout;
    searchRow->setSpacing(2);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_previousButton);
    searchRow->addWidget(m_nextButton);
    auto* contentsLayout = new QVBoxLayout(contents);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    contentsLayout->addWidget(searchLabel);
    contentsLayout->addLayout(searchRow);
    contentsLayout->addWidget(m_statusLabel);
    contentsLayout->addSpacing(fontMetrics().height() / 2);
    contentsLayout->addWidget(contentsLabel);
    contentsLayout->addWidget(m_contentsView, 1);
    contents->setMinimumWidth(kContentsMinimumWidth);

    auto* reader = new QWidget(this);
    m_browser = new QTextBrowser(reader);
    m_browser->setObjectName(QStringLiteral("guideArticleTextBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("Guide article"));
    m_browser->document()->setUndoRedoEnabled(false);
    m_browser->viewport()->installEventFilter(this);
    m_sourceLabel = new QLabel(reader);
    m_sourceLabel->setObjectName(QStringLiteral("guideSourceLabel"));
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextFormat(Qt::RichText);
    m_sourceLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_sourceLabel->setOpenExternalLinks(false);
    auto* readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addWidget(m_browser, 1);
    readerLayout->addWidget(m_sourceLabel);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("guideSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(contents);
    splitter->addWidget(reader);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({kContentsInitialWidth, 4 * kContentsInitialWidth});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_searchEdit, m_previousButton);
    setTabOrder(m_previousButton, m_nextButton);
    setTabOrder(m_nextButton, m_contentsView);
    setTabOrder(m_contentsView, m_browser);
    setTabOrder(m_browser, m_sourceLabel);
    setFocusProxy(m_searchEdit);

    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &GuidePage::onSearchTextChanged);
    connect(m_previousButton, &QToolButton::clicked, this, &GuidePage::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &GuidePage::findNext);
    connect(m_contentsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GuidePage::onCurrentIndexChanged);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GuidePage::onLinkActivated);
    connect(m_sourceLabel, &QLabel::linkActivated, this, [this](const QString& link) { onLinkActivated(QUrl(link)); });
}

void GuidePage::createShortcuts()
{
    const auto add = [this](const QKeySequence& keys, void (GuidePage::*slot)()) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence::Find, &GuidePage::focusSearch);
    add(QKeySequence::FindNext, &GuidePage::findNext);
    add(QKeySequence::FindPrevious, &GuidePage::findPrevious);
    add(QKeySequence(Qt::Key_Escape), &GuidePage::clearSearch);
}

void GuidePage::setArticles(const std::vector<ArticleInfo>& articles)
{
    m_model->setArticles(articles, plainTexts(articles));
    const QStringList slugs = m_model->visibleSlugs();
    m_currentSlug = slugs.contains(m_currentSlug) ? m_currentSlug : slugs.value(0);
    renderCurrent();
    onSearchTextChanged(m_searchEdit->text());
}

void GuidePage::showArticle(const QString& slug)
{
    if (!m_model->article(slug)) {
        return;
    }
    m_currentSlug = slug;
    renderCurrent();
    selectCurrentInContents();
    updateHighlights();
    updateSearchStatus();
    emit articleShown(slug);
}

void GuidePage::onSearchTextChanged(const QString& text)
{
    m_search = ArticleSearch(text);
    m_model->setSearch(m_search);
    m_contentsView->expandAll();
    m_contentsView->header()->setStretchLastSection(false);
    m_contentsView->header()->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    m_contentsView->header()->setSectionResizeMode(ArticleListModel::Hits, QHeaderView::ResizeToContents);
    m_contentsView->setColumnHidden(ArticleListModel::Hits, m_search.isEmpty());
    if (!m_search.isEmpty() && m_model->hitCount(m_currentSlug) == 0 && !m_model->visibleSlugs().isEmpty()) {
        showArticle(m_model->visibleSlugs().constFirst());
        return;
    }
    selectCurrentInContents();
    updateHighlights();
    updateSearchStatus();
}

void GuidePage::onCurrentIndexChanged()
{
    const QString slug = m_contentsView->currentIndex().data(ArticleListModel::SlugRole).toString();
    if (!slug.isEmpty() && slug != m_currentSlug) {
        showArticle(slug);
    }
}

void GuidePage::onLinkActivated(const QUrl& url)
{
    if (GuidePageRenderer::isWebLink(url)) {
        QDesktopServices::openUrl(url);
    } else if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        m_browser->scrollToAnchor(url.fragment());
    } else if (url.isRelative()) {
        QString slug = url.path();
        slug.remove(QStringLiteral(".md"));
        showArticle(slug); // a link to another article; anything else is ignored
    }
}

void GuidePage::renderCurrent()
{
    const ArticleInfo* article = m_model->article(m_currentSlug);
    if (!article) {
        m_browser->setPlainText(tr("No guide articles are installed. Reinstall LocalRig, or import a catalog "
                                   "that includes them."));
        m_sourceLabel->clear();
        return;
    }
    GuidePageRenderer::render(*m_browser->document(), *article, m_browser->palette());
    GuidePageRenderer::fitReadingColumn(*m_browser->document(), m_browser->viewport()->width());
    m_browser->moveCursor(QTextCursor::Start);
    m_sourceLabel->setText(GuidePageRenderer::sourceLine(article->provenance));
}

void GuidePage::selectCurrentInContents()
{
    const QModelIndex index = m_model->indexOf(m_currentSlug);
    if (index.isValid() && index != m_contentsView->currentIndex()) {
        m_contentsView->setCurrentIndex(index);
    }
    m_contentsView->scrollTo(index);
}

bool GuidePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize) {
        GuidePageRenderer::fitReadingColumn(*m_browser->document(), m_browser->viewport()->width());
    } else if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            (key->modifiers() & Qt::ShiftModifier) ? findPrevious() : findNext();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_contentsView->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GuidePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && m_browser) {
        // Link, table and highlight colours come from the palette; re-typeset in the new one.
        const int scroll = m_browser->verticalScrollBar()->value();
        const int hit = m_currentHit;
        renderCurrent();
        updateHighlights();
        if (hit >= 0 && hit < static_cast<int>(m_hitRanges.size())) {
            setCurrentHit(hit);
        }
        m_browser->verticalScrollBar()->setValue(scroll);
    }
}

} // namespace localrig::ui
