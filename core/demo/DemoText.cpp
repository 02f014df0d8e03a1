#include "DemoText.h"

#include "safetyplan/SafetyPlanRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace bearings {

DemoPersonText DemoText::person(DemoRole role)
{
    switch (role) {
    case DemoRole::Partner:
        return {u"Alex"_s, RelationshipKind::Partner,
            u"Together four years, living together for two. Things have felt tense since the move."_s,
            {u"Being shouted at"_s, u"Name-calling"_s},
            {u"Honesty"_s, u"Calm evenings together"_s, u"Keeping my own friendships"_s}, Strategy::Repair,
            u"We talked it through and agreed to try for twelve weeks, with a counsellor, before deciding anything."_s};
    case DemoRole::Family:
        return {u"Mum"_s, RelationshipKind::Family,
            u"Weekly calls and a visit most months. Comments about my job and my weight are the hard part."_s,
            {u"Comments about my body"_s}, {u"Staying in touch"_s, u"Being treated as an adult"_s}, Strategy::Limit,
            u"Shorter visits, calls at times that suit me, and some topics off the table."_s};
    case DemoRole::Colleague:
        return {u"Chris"_s, RelationshipKind::Colleague,
            u"Team lead on the project since spring. Most of our contact is in meetings and chat."_s,
            {u"Being put down in front of the team"_s}, {u"Doing good work"_s, u"Clear agreements"_s}, Strategy::Limit,
            u"Keep it professional: requests in writing, and a third person in one-to-ones."_s};
    case DemoRole::Friend:
        return {u"Robin"_s, RelationshipKind::Friend, u"Friends since university. We used to talk every day."_s,
            {u"Being mocked for my choices"_s}, {u"Loyalty"_s, u"Having fun together"_s}, Strategy::Limit,
            u"Seeing each other less often, in groups, and not lending money any more."_s};
    case DemoRole::CoParent:
        return {u"Sam"_s, RelationshipKind::CoParent, u"We share the care of our daughter, alternate weekends."_s,
            {u"Arguing in front of our daughter"_s}, {u"Our daughter feeling safe and loved"_s, u"Reliability"_s},
            Strategy::Limit, u"Keep contact to our daughter's plans, in the shared calendar and in writing."_s};
    }
    return {};
}

QStringList DemoText::tagNotes(const QString &tag)
{
    if (tag == u"kept-promise"_s)
        return {u"Was home at the time we agreed, and let me know when running late."_s,
            u"Did what was promised last week without me having to ask again."_s, u"Turned up on time, as agreed."_s,
            u"Followed through on the plan we made on Sunday."_s};
    if (tag == u"repair-attempt"_s)
        return {u"Things got tense, we took a break, and came back to it calmly an hour later."_s,
            u"Said \"let's start again\" halfway through a hard talk. It helped."_s,
            u"Came back after a quiet hour and asked how I saw it. We found a middle ground."_s,
            u"Noticed I had gone quiet and asked what was wrong instead of pushing on."_s};
    if (tag == u"care"_s)
        return {u"Asked how my day was and actually listened."_s,
            u"Remembered something that mattered to me and asked about it."_s,
            u"Offered to help without being asked."_s, u"A kind word in the middle of a long day."_s,
            u"Made time for a proper talk, phone away."_s};
    if (tag == u"apology-with-change"_s)
        return {u"Apologised for last week and named what would be different. So far it has been."_s,
            u"Said sorry for the comment on Friday, and it has not come up again."_s,
            u"Owned the mistake without a \"but\", and changed the plan to fix it."_s};
    if (tag == u"criticism"_s)
        return {u"Got a list of everything I do wrong around the house."_s,
            u"\"You always...\" again, about something small."_s,
            u"My choice was picked apart instead of talked about."_s,
            u"A complaint turned into a comment about who I am."_s};
    if (tag == u"contempt"_s)
        return {u"Rolled their eyes when I tried to explain, and laughed."_s,
            u"A sarcastic remark about my work in front of others."_s,
            u"Mocked the way I said something. I felt small."_s};
    if (tag == u"defensiveness"_s)
        return {u"When I raised it, the answer was that I do worse."_s,
            u"Could not get past \"it wasn't my fault\" to talk about what happened."_s,
            u"Every point came back at me with an excuse."_s, u"I asked a simple question and got a counter-attack."_s};
    if (tag == u"stonewalling"_s)
        return {u"Went silent and left the room when I brought it up."_s,
            u"Went quiet for the rest of the day after I asked to talk."_s,
            u"Shut down and stared at the phone while I talked."_s};
    if (tag == u"minimising-denying-blaming"_s)
        return {u"Said I was overreacting and it was not a big deal."_s,
            u"It became my fault for being too sensitive."_s, u"Said it never happened that way."_s};
    if (tag == u"isolation"_s)
        return {u"Was unhappy that I made plans with friends again. I went anyway."_s,
            u"Complained about the time I spend with my family."_s};
    if (tag == u"privilege"_s)
        return {u"Decided for the whole team without asking anyone, again."_s,
            u"Expected me to drop my work to help, without asking."_s};
    if (tag == u"using-children"_s)
        return {u"Passed a message through our daughter instead of telling me."_s,
            u"Asked our daughter questions about my weekend."_s};
    if (tag == u"gaslighting"_s)
        return {u"Said I was remembering it wrong. I wrote it down the same day, so I checked."_s,
            u"Told me I never said that, though it is in the messages."_s};
    if (tag == u"shouting"_s)
        return {u"Voice got loud quickly over something small."_s, u"Raised voice again; I ended the conversation."_s};
    if (tag == u"name-calling"_s)
        return {u"Called me a name when we disagreed."_s};
    if (tag == u"broken-promise"_s)
        return {u"Said they would be there and did not come, no message."_s,
            u"The thing we agreed on last week did not happen."_s, u"Forgot what was promised, again."_s};
    return {u"A hard moment."_s};
}

QList<DemoNote> DemoText::neutralNotes(DemoRole role)
{
    switch (role) {
    case DemoRole::Partner:
        return {{Channel::InPerson, u"Quiet evening, dinner and a film. Fine."_s},
            {Channel::InPerson, u"Sorted out the shopping list together."_s},
            {Channel::InPerson, u"Short chat before work."_s},
            {Channel::Call, u"Talked about the weekend plans. Nothing much to note."_s},
            {Channel::Text, u"Busy day for both of us, a few messages about dinner."_s},
            {Channel::InPerson, u"Walked to the market together."_s},
            {Channel::Online, u"Paid the bills together online. It went fine."_s}};
    case DemoRole::Family:
        return {{Channel::Call, u"Weekly call, mostly about the garden and the neighbours."_s},
            {Channel::Call, u"Short call about the holidays."_s},
            {Channel::Text, u"Message about a cousin's birthday."_s},
            {Channel::Call, u"Call about her doctor's appointment. All fine."_s},
            {Channel::InPerson, u"Visit for tea, kept it to an hour as planned."_s}};
    case DemoRole::Colleague:
        return {{Channel::InPerson, u"Project meeting, kept to the agenda."_s},
            {Channel::InPerson, u"Short chat about the deadline."_s},
            {Channel::Online, u"Email about next week's tasks."_s},
            {Channel::Call, u"Stand-up call. Nothing to note."_s}};
    case DemoRole::Friend:
        return {{Channel::InPerson, u"Caught up over coffee."_s}, {Channel::Text, u"A few messages about a film."_s},
            {Channel::InPerson, u"Group dinner, we talked a little."_s},
            {Channel::Call, u"Quick call about the weekend."_s}};
    case DemoRole::CoParent:
        return {{Channel::InPerson, u"Handover at school. Brief and polite."_s},
            {Channel::Text, u"Messages about the dentist appointment."_s},
            {Channel::Online, u"Agreed the holiday dates in the shared calendar."_s},
            {Channel::Call, u"Short call about homework."_s}};
    }
    return {};
}

QStringList DemoText::harmfulTags(DemoRole role)
{
    switch (role) {
    case DemoRole::Partner:
        return {u"criticism"_s, u"criticism"_s, u"criticism"_s, u"defensiveness"_s, u"defensiveness"_s,
            u"defensiveness"_s, u"stonewalling"_s, u"stonewalling"_s, u"broken-promise"_s, u"broken-promise"_s,
            u"contempt"_s, u"shouting"_s, u"minimising-denying-blaming"_s, u"isolation"_s, u"gaslighting"_s};
    case DemoRole::Family:
        return {u"criticism"_s, u"criticism"_s, u"criticism"_s, u"criticism"_s, u"defensiveness"_s, u"defensiveness"_s,
            u"contempt"_s, u"minimising-denying-blaming"_s, u"broken-promise"_s};
    case DemoRole::Colleague:
        return {u"criticism"_s, u"criticism"_s, u"stonewalling"_s, u"defensiveness"_s, u"minimising-denying-blaming"_s,
            u"privilege"_s, u"contempt"_s};
    case DemoRole::Friend:
        return {u"broken-promise"_s, u"broken-promise"_s, u"criticism"_s, u"defensiveness"_s, u"contempt"_s,
            u"stonewalling"_s};
    case DemoRole::CoParent:
        return {u"stonewalling"_s, u"criticism"_s, u"defensiveness"_s, u"using-children"_s, u"broken-promise"_s,
            u"minimising-denying-blaming"_s};
    }
    return {};
}

QStringList DemoText::positiveTags()
{
    return {u"kept-promise"_s, u"kept-promise"_s, u"repair-attempt"_s, u"care"_s, u"care"_s, u"care"_s,
        u"apology-with-change"_s};
}

QStringList DemoText::counsellingNotes()
{
    return {u"Counselling session. We practised the pause-and-return rule."_s,
        u"Counselling: talked about how arguments about money start."_s,
        u"Counselling session. Hard, but we both stayed in the room."_s,
        u"Counselling: practised saying \"I feel\" instead of \"you always\"."_s,
        u"Counselling session. We looked back at the last two weeks; some real change."_s};
}

QList<DemoIncidentText> DemoText::incidents(DemoRole role)
{
    switch (role) {
    case DemoRole::Partner:
        return {
            {u"At dinner with friends, an argument about money. Raised voice, called me selfish in front of "
             "everyone. I left early."_s,
                u"Sam and Priya (friends)"_s, u"Wrote this down the same night. Message from Priya checking on me."_s,
                {u"contempt"_s, u"shouting"_s}, 3},
            {u"Argument about my work trip. Shouted, then would not answer calls or messages until the next "
             "afternoon."_s,
                u"No one else"_s, u"Screenshots of the unanswered messages."_s, {u"shouting"_s, u"stonewalling"_s}, 2},
            {u"Blamed me for a bill we both forgot and said I make everything difficult. Kept going after I asked "
             "to pause."_s,
                u"No one else"_s, u"Notes written straight afterwards."_s,
                {u"criticism"_s, u"minimising-denying-blaming"_s}, 2}};
    case DemoRole::Family:
        return {{u"At Sunday lunch, comments about my weight and my job in front of the family. Kept going after I "
                 "asked her to stop; I left after the main course."_s,
                    u"My brother Tom and his partner"_s, u"Notes written on the bus home. Tom's message afterwards."_s,
                    {u"criticism"_s, u"contempt"_s}, 2},
            {u"Called six times in an evening after I said I would ring back the next day."_s, u"No one else"_s,
                u"Screenshot of the call log."_s, {u"broken-promise"_s}, 1, Channel::Call}};
    case DemoRole::Colleague:
        return {{u"In the team meeting, dismissed my report as \"useless\" and talked over me when I answered."_s,
                    u"The whole project team (six people)"_s,
                    u"Meeting notes, and my email to Chris afterwards restating the facts."_s,
                    {u"contempt"_s, u"criticism"_s}, 2},
            {u"Changed my deadline without telling me, then said I had missed it."_s,
                u"Dana from HR was copied later"_s, u"The original email with the agreed date."_s,
                {u"minimising-denying-blaming"_s}, 2}};
    case DemoRole::Friend:
        return {{u"Made fun of my new job in front of our friends and kept going when I asked to change the subject."_s,
            u"Our friends at the birthday dinner"_s, u"Notes written the next morning."_s, {u"contempt"_s}, 1}};
    case DemoRole::CoParent:
        return {{u"Raised voice at the handover while our daughter was in the car."_s, u"Our daughter"_s,
            u"Notes written that evening; handover moved to school from now on."_s, {u"shouting"_s, u"criticism"_s},
            2}};
    }
    return {};
}

QList<DemoBoundaryText> DemoText::boundaries(DemoRole role)
{
    switch (role) {
    case DemoRole::Partner:
        return {{u"Raising your voice at me during an argument"_s,
                    u"I will not stay in a conversation where I am shouted at."_s,
                    u"I will say I am pausing, leave the room for an hour, and we can come back to it calmly."_s,
                    {u"Voice got loud about the dishes."_s, u"Shouted on the phone about the car."_s,
                        u"Raised voice when I asked about the weekend."_s}},
            {u"Making plans for both of us without asking me"_s, u"I decide what I do with my evenings."_s,
                u"I will keep my own plans and not cancel them."_s,
                {u"Accepted a dinner invitation for both of us."_s, u"Booked the weekend away without asking."_s}},
            {u"Bringing up old arguments when we disagree"_s, u"We talk about what is happening now."_s,
                u"I will name it once, and end the conversation for the evening if it continues."_s,
                {u"Brought up last year's holiday again."_s, u"Went back to the argument about my sister."_s}}};
    case DemoRole::Family:
        return {{u"Comments about my weight or my job"_s, u"These topics are off limits."_s,
                    u"I will change the subject once. If it continues, I will end the call or leave the visit."_s,
                    {u"Asked again when I will get a proper job."_s, u"Commented on what I was eating."_s}},
            {u"Calling late at night or many times in a row"_s, u"I take calls at times that work for me."_s,
                u"I will let it go to voicemail and call back the next day."_s,
                {u"Four calls after ten at night."_s, u"Called repeatedly during my work hours."_s}}};
    case DemoRole::Colleague:
        return {{u"Changing my tasks without telling me"_s, u"Changes to my work are agreed in writing."_s,
                    u"I will ask for it by email and carry on with the agreed plan until then."_s,
                    {u"Reassigned my task in a chat message."_s, u"Moved my deadline in the meeting."_s}},
            {u"Talking over me in meetings"_s, u"I finish what I am saying."_s,
                u"I will say \"I'd like to finish\" once, and raise it with the manager if it keeps happening."_s,
                {u"Talked over me in the planning meeting."_s}}};
    case DemoRole::Friend:
        return {{u"Asking to borrow money"_s, u"I do not lend money any more."_s,
                    u"I will say no, once and kindly, and not explain further."_s, {u"Asked for a loan again."_s}},
            {u"Cancelling at the last minute"_s, u"I do not wait around for plans that may not happen."_s,
                u"I will go ahead with my evening without rescheduling straight away."_s,
                {u"Cancelled an hour before dinner."_s}}};
    case DemoRole::CoParent:
        return {{u"Discussing our disagreements in front of our daughter"_s,
                    u"Adult topics are for messages, not handovers."_s,
                    u"I will say \"let's put it in writing\" and end the handover."_s,
                    {u"Started an argument at the school gate."_s}},
            {u"Changing the schedule at short notice"_s, u"Changes go in the shared calendar two days ahead."_s,
                u"I will keep to the calendar as it stands."_s, {u"Asked to swap weekends the night before."_s}}};
    }
    return {};
}

QList<DemoScriptText> DemoText::scripts()
{
    return {
        {DemoRole::Partner, true, ScriptKind::IStatement, u"When voices get loud"_s,
            u"When you [raise your voice], I feel [shaken and shut down]. I need [us to talk at a normal volume]. If "
            "it happens again, I will [pause the conversation and come back to it in an hour]."_s},
        {DemoRole::Family, true, ScriptKind::HoldingBoundary, u"Comments about my weight"_s,
            u"I have said that [my weight] is not something I will discuss. I am not going to go over it again. If "
            "it comes up, I will [end the call] and talk to you another day."_s},
        {DemoRole::Family, true, ScriptKind::NeutralDeflection, u"Changing the subject"_s,
            u"I'd rather not talk about [that]. How is [the garden] coming along?"_s},
        {DemoRole::Partner, true, ScriptKind::SoftStart, u"Talking about money"_s,
            u"There is something I would like us to talk about. I have noticed [we argue about money at the end of "
            "the month], and I feel [worried]. Could we [sit down on Sunday and make a plan together]?"_s},
        {DemoRole::Partner, true, ScriptKind::ApologyWithRepair, u"My part on Tuesday"_s,
            u"I am sorry I [snapped at you on Tuesday]. That was not fair to you. Next time I will [say I need a "
            "break instead]."_s},
        {DemoRole::Partner, true, ScriptKind::ReflectiveListening, u"Checking I understood"_s,
            u"What I am hearing is that you feel [left out] when I [see my friends at the weekend]. Is that right?"_s},
        {DemoRole::Friend, false, ScriptKind::LowContact, u"Stepping back for a while"_s,
            u"I have had a lot on lately, and I am stepping back from [the group chat] for a while. I wish you well, "
            "and I will be in touch if that changes."_s},
        {DemoRole::Colleague, false, ScriptKind::Workplace, u"Requests in writing"_s,
            u"Hi [Name], to keep things clear, please send requests about [changes to my tasks] by email. I will "
            "reply within [two working days]."_s},
        {DemoRole::Friend, true, ScriptKind::EndingContact, u"Ending contact"_s,
            u"I have decided to end our contact. This is not open for discussion. Please do not [call or message] "
            "me from now on. I wish you well."_s},
        {DemoRole::CoParent, true, ScriptKind::HoldingBoundary, u"Schedule changes"_s,
            u"As agreed, changes go in the calendar [two days] ahead. This weekend stays as planned. I will see "
            "[our daughter] at [the school gate] on Friday."_s},
        {DemoRole::Colleague, true, ScriptKind::Workplace, u"After the meeting"_s,
            u"Hi [Name], following today's meeting, I understand that [the deadline is now the 14th]. Please "
            "confirm by email so we both have the same record."_s},
        {DemoRole::Partner, false, ScriptKind::Custom, u"A note to myself"_s,
            u"Before I answer: Is it [true]? Is it [necessary]? Can I say it in [one sentence]?"_s},
    };
}

QStringList DemoText::checkInHelped()
{
    return {u"We used the pause twice and came back calmer."_s, u"Twenty minutes together each evening, phones away."_s,
        u"Saying \"I feel\" instead of \"you always\"."_s, u"A long walk on Saturday, just the two of us."_s,
        u"Writing things down the same day."_s, u"Talking to my sister about how it is going."_s,
        u"The counselling session on Wednesday."_s, u"Keeping my own plans, and enjoying them."_s};
}

QStringList DemoText::checkInHindered()
{
    return {u"Tired after long days; less patience on both sides."_s, u"An old argument came back on Thursday."_s,
        u"Money worries at the end of the month."_s, u"Too little time together this week."_s,
        u"I let a breach go without doing what I said I would."_s, u"Silence for a day after a disagreement."_s,
        u"Nothing much this week."_s};
}

QList<DemoReviewText> DemoText::reviews()
{
    return {{u"Most hard moments start late in the evening, when we are both tired. Criticism shows up more than "
             "anything else."_s,
                u"More calm evenings than last month. The pause-and-return rule works when we both use it."_s,
                u"Move hard talks to the weekend, in daylight. Keep the twenty minutes each evening."_s},
        {u"Fewer arguments, and they end sooner. Old topics still come back when money is tight."_s,
            u"I feel heard more often. Alex has kept most of the promises made in counselling."_s,
            u"Add a short monthly money talk with a list, so it does not build up."_s},
        {u"A steady few weeks, with one bad week after the family visit."_s,
            u"The good weeks now outnumber the hard ones."_s, u"No changes; keep going as we are."_s}};
}

QList<QStringList> DemoText::planBehaviours()
{
    return {{u"Pause and rephrase instead of snapping back; take thirty minutes out when things heat up."_s,
                u"Twenty minutes of undivided attention each evening, phone away."_s},
        {u"Say what I need in one sentence, early, instead of waiting until I am upset."_s,
            u"Keep one small promise a day, and say so when one cannot be kept."_s},
        {u"Notice and name one good moment each day."_s, u"Ask before making plans that involve both of us."_s}};
}

QStringList DemoText::supportSteps(DemoRole role)
{
    switch (role) {
    case DemoRole::Family:
        return {u"Tell Tom about the new visiting plan"_s, u"Book the next visit for a Saturday lunch"_s};
    case DemoRole::Colleague: return {u"Keep a dated record of meetings"_s, u"Ask HR for a meeting if it goes on"_s};
    case DemoRole::Friend: return {u"Tell Jordan I am taking some space from Robin"_s};
    case DemoRole::CoParent: return {u"Set up the shared calendar for handovers"_s};
    case DemoRole::Partner: return {u"Find a couples counsellor"_s};
    }
    return {};
}

QMap<QString, int> DemoText::assessmentAnswers(DemoRole role, bool later)
{
    // Scored with AssessmentScorer's rule table: harm share >= 1/2 with few
    // repair signs suggests Limit; repair signs >= 1/2 with harm < 3/4
    // suggests Repair. Cut signs stay low and red flags all "no".
    switch (role) {
    case DemoRole::Partner:
        if (later)
            return {{u"harm-drained"_s, 1}, {u"harm-dismissed"_s, 1}, {u"harm-isolated"_s, 0}, {u"harm-needs"_s, 1},
                {u"harm-eggshells"_s, 1}, {u"repair-occasional"_s, 1}, {u"repair-accountability"_s, 1},
                {u"repair-shared-steps"_s, 1}, {u"repair-support"_s, 1}, {u"repair-care"_s, 2},
                {u"repair-curiosity"_s, 1}, {u"cut-non-negotiables"_s, 1}};
        return {{u"harm-drained"_s, 2}, {u"harm-dismissed"_s, 1}, {u"harm-isolated"_s, 1}, {u"harm-needs"_s, 1},
            {u"harm-eggshells"_s, 2}, {u"repair-accountability"_s, 1}, {u"repair-shared-steps"_s, 1},
            {u"repair-support"_s, 1}, {u"repair-care"_s, 1}, {u"cut-non-negotiables"_s, 1}, {u"cut-apologies"_s, 1}};
    case DemoRole::Family:
        return {{u"harm-drained"_s, 2}, {u"harm-dismissed"_s, 2}, {u"harm-needs"_s, 1}, {u"harm-eggshells"_s, 1},
            {u"repair-support"_s, 1}, {u"repair-care"_s, 1}, {u"cut-non-negotiables"_s, 1},
            {u"cut-no-responsibility"_s, 1}, {u"cut-apologies"_s, 1}};
    case DemoRole::Colleague:
        return {{u"harm-drained"_s, 1}, {u"harm-dismissed"_s, 2}, {u"harm-needs"_s, 1}, {u"harm-eggshells"_s, 1},
            {u"repair-support"_s, 1}, {u"cut-non-negotiables"_s, 1}, {u"cut-no-responsibility"_s, 1}};
    case DemoRole::Friend:
        return {{u"harm-drained"_s, 1}, {u"harm-dismissed"_s, 1}, {u"harm-needs"_s, 1}, {u"harm-eggshells"_s, 1},
            {u"repair-occasional"_s, 1}, {u"repair-support"_s, 1}, {u"repair-care"_s, 1}, {u"cut-apologies"_s, 1}};
    case DemoRole::CoParent:
        return {{u"harm-drained"_s, 2}, {u"harm-dismissed"_s, 1}, {u"harm-needs"_s, 1}, {u"harm-eggshells"_s, 1},
            {u"repair-support"_s, 1}, {u"repair-care"_s, 1}, {u"cut-non-negotiables"_s, 1}};
    }
    return {};
}

QMap<QString, QString> DemoText::reflections(DemoRole role)
{
    switch (role) {
    case DemoRole::Partner:
        return {{u"trap-sunk-cost"_s, u"Four years together. I do not want that to be the only reason I stay."_s},
            {u"trap-good-moments"_s, u"About half the days were calm. On the others I was bracing myself."_s}};
    case DemoRole::Family:
        return {{u"trap-guilt"_s, u"I can love her and still keep visits short. Both can be true."_s}};
    case DemoRole::Colleague:
        return {{u"trap-entanglement"_s, u"I like the job. I can plan around Chris without leaving it."_s}};
    case DemoRole::Friend: return {{u"trap-identity"_s, u"I would like my weekends back, and time for painting."_s}};
    case DemoRole::CoParent:
        return {{u"trap-entanglement"_s, u"Our daughter ties us together. Her schedule can be the only topic."_s}};
    }
    return {};
}

SafetyPlan DemoText::safetyPlan()
{
    SafetyPlan plan = SafetyPlanRepository::defaultPlan();
    // Phone numbers are in 555-0100..0199, the range set aside for fiction.
    plan.contacts = {{u"Jordan"_s, u"206-555-0134"_s, u"My sister"_s, true},
        {u"Priya"_s, u"206-555-0178"_s, u"Close friend"_s, true},
        {u"Dr. Lee's office"_s, u"206-555-0142"_s, u"My doctor"_s, false}};
    plan.safePlaces = {{u"Jordan's flat"_s, u"14 Elm Street, flat 3"_s,
                           u"Bus 12 from the corner, about twenty minutes. Jordan has said I can come any time."_s},
        {u"The public library"_s, u"Main Street"_s, u"Ten minutes on foot. Open until eight."_s}};
    plan.codeWord = u"blue umbrella"_s;
    for (qsizetype i = 0; i < plan.essentials.size(); ++i)
        plan.essentials[i].done = i % 2 == 0;
    plan.ifTheyShowUp = {u"Stay in a room with a way out and keep my phone with me."_s,
        u"Text the code word to Jordan or Priya."_s, u"Do not argue; say I will talk later and leave calmly."_s,
        u"If I feel unsafe, call the emergency number."_s};
    plan.exitSteps = {u"Pack a bag with the essentials and keep it at Jordan's."_s,
        u"Choose a time when I can leave calmly."_s, u"Tell Jordan and Priya the day and the time."_s,
        u"Change passwords on my email and bank account from a safe device."_s};
    plan.notes = u"Reviewed with Jordan. Look at this again at the end of the trial."_s;
    return plan;
}

} // namespace bearings
