#include "AssessmentHistory.h"

#include "AssessmentText.h"
#include "assessment/AssessmentRepository.h"
#include "assessment/AssessmentScorer.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr int kVisibleRows = 6;
constexpr int kColumnPadding = 20;

double shareOf(const AssessmentResult &result, QuestionGroup group)
{
    for (const GroupScore &s : result.scores)
        if (s.group == group)
            return s.share();
    return 0.0;
}

int pointsOf(const AssessmentResult &result, QuestionGroup group)
{
    for (const GroupScore &s : result.scores)
        if (s.group == group)
            return s.points;
    return 0;
}

} // namespace

AssessmentHistory::AssessmentHistory(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(AssessmentText::label({}, this))
    , m_hint(AssessmentText::label({}, this))
{
    setObjectName(u"assessmentHistory"_s);
    setAccessibleName(tr("Your assessments over time"));

    if (Result<Questionnaire> loaded = Questionnaire::load(); loaded.ok())
        m_questionnaire = loaded.value();

    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Your assessments over time"));
    m_table->setAccessibleDescription(tr("One row for each assessment, newest first. Press Enter to see a result."));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Suggestion"), tr("Harm"), tr("Repair signs"), tr("Cut-off signs"), tr("Safety concerns")});
    m_table->horizontalHeaderItem(HarmColumn)->setToolTip(tr("How strongly the questions about harm were answered"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_empty->setObjectName(u"historyEmpty"_s);
    m_empty->setText(tr("When you finish an assessment, it appears here, so you can compare how things change over "
                        "time."));
    AssessmentText::makeCaption(m_empty);
    m_hint->setObjectName(u"historyHint"_s);
    m_hint->setText(tr("Percentages show how strongly each group of questions was answered. Select a row to see "
                       "that result."));
    AssessmentText::makeCaption(m_hint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Small);
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    layout->addWidget(m_hint);

    const auto emitRow = [this](int row, int) {
        if (const qint64 id = assessmentAt(row); id > 0)
            Q_EMIT showResult(id);
    };
    connect(m_table, &QTableWidget::cellClicked, this, emitRow);
    // A narrow window needs a horizontal scroll bar; keep every row in sight.
    connect(m_table->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &AssessmentHistory::fitHeight);
    connect(m_table, &QTableWidget::cellActivated, this, emitRow);

    reload();
}

void AssessmentHistory::reload()
{
    m_ids.clear();
    m_table->clearContents();
    m_table->setRowCount(0);

    QList<Assessment> assessments;
    if (const qint64 rel = m_context.currentRelationshipId(); rel > 0) {
        if (Result<QList<Assessment>> listed = AssessmentRepository(m_context.database()).list(rel); listed.ok())
            assessments = listed.value();
    }
    std::reverse(assessments.begin(), assessments.end()); // newest first

    m_table->setRowCount(static_cast<int>(assessments.size()));
    int row = 0;
    for (const Assessment &a : std::as_const(assessments)) {
        const AssessmentResult result = AssessmentScorer::score(m_questionnaire, a.answers);
        Suggestion suggestion = a.suggestion.value_or(result.suggestion);
        if (result.suggestion == Suggestion::SafetyFirst)
            suggestion = Suggestion::SafetyFirst;
        const bool redFlags = pointsOf(result, QuestionGroup::RedFlags) > 0;
        const QStringList cells {AssessmentText::dateTime(a.takenAt), AssessmentText::suggestionName(suggestion),
            AssessmentText::percent(shareOf(result, QuestionGroup::Harm)),
            AssessmentText::percent(shareOf(result, QuestionGroup::RepairSigns)),
            AssessmentText::percent(shareOf(result, QuestionGroup::CutSigns)), redFlags ? tr("Yes") : tr("No")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == SuggestionColumn)
                item->setData(Qt::UserRole, enumKey(kSuggestionKeys, suggestion));
            if ((c == SuggestionColumn && suggestion == Suggestion::SafetyFirst) || (c == RedFlagsColumn && redFlags))
                item->setForeground(Theme::accent(Theme::Accent::Safety));
            m_table->setItem(row, c, item);
        }
        m_ids.append(a.id);
        ++row;
    }
    const bool empty = m_ids.isEmpty();
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    m_hint->setVisible(!empty);
    // Room to breathe between columns.
    m_table->resizeColumnsToContents();
    for (int c = 0; c + 1 < ColumnCount; ++c) // the last one stretches
        m_table->setColumnWidth(c, m_table->columnWidth(c) + kColumnPadding);
    fitHeight();
}

qint64 AssessmentHistory::assessmentAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

void AssessmentHistory::fitHeight()
{
    const int rows = std::clamp(static_cast<int>(m_ids.size()), 1, kVisibleRows);
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < rows; ++r)
        height += r < m_table->rowCount() ? m_table->rowHeight(r) : m_table->verticalHeader()->defaultSectionSize();
    if (m_table->horizontalScrollBar()->maximum() > 0)
        height += m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);
}

} // namespace bearings::ui
