/// A view with every field filled and every list non-empty, so that checking a template
/// against it reaches every tag the template can print.
extension ReportView {
    static let sample: ReportView = {
        let block = Placement(index: 0)
        let paragraph = ParagraphView(number: "1.1", anchor: "para-1-1", block: block)
        let section = SectionView(number: "1.", anchor: "section-1", title: "S", heading: block, paragraphs: [paragraph])
        return ReportView(
            title: "T", label: "Annex 1", council: "Council", logo: "logo.png",
            meeting: MeetingView(body: "Cabinet", date: "1 May 2026", weekday: "Friday", item: "7", reference: "R"),
            from: "F", facts: [FactView(name: "n", value: "v")], hasFacts: true,
            exempt: ExemptView(paragraphs: "3", noun: "report", reason: "r"),
            summary: section,
            recommendations: RecommendationsView(number: "2.", anchor: "section-2", title: "Recommendations", heading: block, lead: block,
                                                 items: [paragraph]),
            finalRecommendations: RecommendationsView(number: nil, anchor: "section-9", title: "Recommendations", heading: block, lead: block,
                                                      items: [paragraph]),
            sections: [section], implications: [section],
            signed: SignatoryView(name: "N", role: "R"),
            backgroundPapers: BackgroundPapersView(items: ["p"], none: false),
            contacts: [ContactView(name: "N", role: "R", phone: "P", email: "E")], hasContacts: true,
            appendices: [AppendixView(number: "Appendix A", anchor: "appendix-a", title: "A", file: "f", exempt: false)], hasAppendices: true,
            published: "May 2026",
            blocks: ReportBlocks(label: block, logo: block, masthead: block, facts: block, exemptNotice: block, signature: block,
                                 backgroundPapers: block, contacts: block, appendices: block))
    }()

}
