# ruff: noqa: E501 -- the phrases are data, one sentence per line, as long as the sentence is.
"""English sentences of the synthetic articles, per topic of schemas/topic_taxonomy.py, written for this generator.

Slots, filled by `flows.bench.compose`: {p1} {p2} {p3} people (role and full name at the first mention,
surname after), {s1} {r1} the first person's surname and role (headlines), {org} an organization (full name
and acronym first, acronym after), {acr} its acronym, {place} the dateline city, {country} {country2},
{amount} money, {num} a small number, {pct} a percentage, {year} a past year, {day} "on Monday", {month}.
Quotes start with a word that may be lower-cased when a frame embeds them ("said that "…").
"""

from __future__ import annotations

from flows.bench.phrasebook import TopicPhrases, lines

TOPICS: dict[str, TopicPhrases] = {
    "diplomacy": TopicPhrases(
        heads=lines("""
            {country} and {country2} agree to resume high-level dialogue
            {r1} {s1} highlights positive moment in relations with {country2}
            Foreign ministers of {country} and {country2} meet in {place}
            {country} recalls its ambassador after dispute with {country2}
        """),
        leads=lines("""
            {p1} met {day} in {place} with {p2} to prepare the agenda of a summit between {country} and {country2}.
            Relations between {country} and {country2} are going through a good moment, {p1} said {day} after talks with {p2} in {place}.
            {p1} arrived in {place} {day} for two days of talks on trade, security and migration with the government of {country2}.
        """),
        facts=lines("""
            The two delegations agreed to set up a working group that will report back within {num} months.
            It was the first visit by a senior official from {country} to {country2} since {year}.
            Diplomats from both countries described the talks as frank and constructive.
            The bilateral agenda also includes cooperation on consular services and student exchanges.
            Both governments said they would reopen the consulates closed during the dispute of {year}.
            According to {org}, the meeting could open the way to a broader treaty on regional cooperation.
            A joint statement released after the meeting called for dialogue and respect for international law.
        """),
        quotes=lines("""
            This is a relationship between equals and it has to stay that way
            We came here to listen, and we leave with concrete commitments
            There is no problem between our countries that cannot be solved through dialogue
            The next step is to turn these conversations into agreements that people can feel
            Our embassies will keep working every day to keep this channel open
        """),
        claims=lines("""
            the talks would continue in {month} in {country2}
            the two governments had narrowed their differences on most issues
            a summit of heads of state could take place before the end of the year
        """),
    ),
    "migration": TopicPhrases(
        heads=lines("""
            {country} announces new measures to manage migration at its borders
            Number of migrants crossing into {country} falls by {pct} percent, officials say
            {acr} warns of rising deportations from {country}
            Migrant caravan leaves {place} heading north
        """),
        leads=lines("""
            {p1} announced {day} a plan to process asylum requests faster at the border between {country} and {country2}.
            Hundreds of migrants left {place} {day} on foot, in a caravan that hopes to reach the border with {country2} within {num} weeks, {p1} said.
            The number of irregular migrants detained at the border of {country} fell sharply last month, {p1} told a press conference {day}.
        """),
        facts=lines("""
            According to official figures, more than {num} thousand people applied for asylum in {country} last year.
            Shelters in {place} say they are operating at {pct} percent above their capacity.
            {org} estimates that remittances sent home by migrants reached {amount} last year.
            Most of the migrants come from {country2} and many travel with children.
            Humanitarian groups have asked the authorities to stop deportations during the rainy season.
            The new visa program will allow workers to stay for up to {num} months.
            Border crossings have fallen since the two governments agreed to coordinate patrols in {year}.
        """),
        quotes=lines("""
            Nobody leaves their home unless they have no other choice
            We need safe and legal routes so that families do not put their lives in the hands of smugglers
            The shelters are full and the help we receive is not enough
            Every person who arrives at our border will be treated with dignity
            This program gives workers a legal path and gives employers the hands they need
        """),
        claims=lines("""
            the new rules would take effect in {month}
            deportations had doubled since {year}
            the government would open {num} new shelters along the border
        """),
    ),
    "trade": TopicPhrases(
        heads=lines("""
            {country} and {country2} sign agreement to cut tariffs on farm goods
            Exports from {country} reach record {amount}
            {r1} {s1} defends free trade at business forum in {place}
            New tariffs threaten jobs in {place}, exporters warn
        """),
        leads=lines("""
            {p1} said {day} that trade between {country} and {country2} is worth more than {amount} a year and could grow further.
            {country} and {country2} signed {day} in {place} an agreement that removes tariffs on hundreds of products, {p1} announced.
            Exporters in {place} are bracing for new tariffs that {country2} plans to impose next month, {p1} warned {day}.
        """),
        facts=lines("""
            Farm goods, auto parts and electronics account for most of the exports.
            {org} said that the agreement could add {amount} to exports in its first year.
            Importers fear that delays at the border will raise costs along the supply chain.
            The trade deficit narrowed to {amount} in the first half of the year.
            Both sides agreed to review the rules of origin for textiles before {month}.
            Nearshoring has brought new factories to the industrial parks around {place}.
            Customs officials said the new system would cut inspection times by {pct} percent.
        """),
        quotes=lines("""
            Free trade has been good for our workers and we will defend it
            These tariffs would hurt consumers on both sides of the border
            Our companies are ready to compete, they only ask for clear rules
            We are talking about thousands of jobs that depend on these exports
            This agreement opens markets that were closed to our farmers for decades
        """),
        claims=lines("""
            the tariffs would be suspended while talks continue
            exports had grown for {num} consecutive quarters
            the agreement would be sent to Congress in {month}
        """),
    ),
    "economy": TopicPhrases(
        heads=lines("""
            Inflation in {country} slows to {pct} percent
            {country} unveils {amount} investment plan
            Central bank of {country} holds interest rates steady
            Unemployment falls in {place} as investment grows
        """),
        leads=lines("""
            The economy of {country} grew faster than expected in the second quarter, {p1} said {day} as the government presented its new budget.
            {p1} presented {day} an investment plan worth {amount} to build roads, ports and housing across {country}.
            Inflation in {country} slowed for a third consecutive month in {month}, {p1} told reporters {day}.
        """),
        facts=lines("""
            Analysts at {org} expect the economy to grow by {pct} percent this year.
            The budget includes {amount} for small businesses and job training.
            Unemployment fell to its lowest level since {year}.
            Foreign investment in {country} reached {amount} in the first half of the year.
            Prices of food and fuel rose less than in previous months.
            The central bank kept its benchmark interest rate unchanged at its last meeting.
            Economists warned that the public debt could limit new spending.
        """),
        quotes=lines("""
            The numbers show that the economy is on the right track
            Growth means nothing if it does not reach the families who need it most
            We will keep public finances in order, whatever the pressure
            Investors see stability here and that is why they are coming
            Inflation is the most unfair tax because it hits the poorest first
        """),
        claims=lines("""
            the economy would grow by about {pct} percent next year
            the new budget would not raise taxes
            investment had reached its highest level in a decade
        """),
    ),
    "security and drugs": TopicPhrases(
        heads=lines("""
            Police seize record shipment of fentanyl in {place}
            {country} and {country2} agree to fight arms trafficking together
            Homicides fall {pct} percent in {place}, authorities say
            {r1} {s1} presents new security strategy
        """),
        leads=lines("""
            Police in {place} seized {day} hundreds of kilograms of drugs hidden in a shipment of fruit, {p1} said.
            {p1} presented {day} a security strategy that puts intelligence and prevention ahead of force.
            Authorities in {country} and {country2} agreed {day} to share information on weapons smuggled across their border, {p1} announced.
        """),
        facts=lines("""
            The cartels use the port of {place} to move cocaine and synthetic drugs.
            The strategy includes {amount} for training and equipment for local police.
            According to {org}, most of the weapons used in violent crimes are smuggled from abroad.
            Homicides fell by {pct} percent compared with the same period last year.
            Prosecutors have opened investigations against {num} officers accused of links to organized crime.
            The fentanyl seized would have been enough for millions of doses, officials said.
            Residents of {place} say the violence has changed their daily lives.
        """),
        quotes=lines("""
            We will not let organized crime take over our streets
            Intelligence has given us better results than confrontation
            The fight against fentanyl is a shared responsibility
            Every weapon that crosses the border illegally ends up in the hands of criminals
            Our priority is to protect the lives of the people of {place}
        """),
        claims=lines("""
            the operation had been prepared for months
            homicides had fallen for {num} months in a row
            more troops would be sent to {place}
        """),
    ),
    "energy and climate": TopicPhrases(
        heads=lines("""
            {country} opens largest solar park in the region
            Drought in {place} raises fears over electricity supply
            {country} and {country2} sign deal on renewable energy
            Oil output in {country} falls for a third year
        """),
        leads=lines("""
            {p1} inaugurated {day} a solar park near {place} that will supply electricity to hundreds of thousands of homes.
            A long drought has left the reservoirs that supply {place} at {pct} percent of their capacity, {p1} warned {day}.
            {country} and {country2} agreed {day} to invest {amount} in wind power and transmission lines, {p1} said.
        """),
        facts=lines("""
            Renewable energy now accounts for {pct} percent of the electricity produced in {country}.
            The project cost {amount} and created {num} thousand jobs during construction.
            Environmental groups asked the government to protect the wetlands near the new plant.
            Oil production has fallen steadily since {year}.
            {org} said emissions from transport continue to rise.
            Lithium deposits in the region have attracted investors from several countries.
            Officials said blackouts could return if the rains do not arrive by {month}.
        """),
        quotes=lines("""
            The energy transition is no longer a promise, it is happening
            We cannot keep burning the future to pay for the present
            Climate change is already here and the poorest feel it first
            This plant shows that clean energy can also be cheap energy
            There is enough water if we stop wasting it
        """),
        claims=lines("""
            half of the electricity would come from renewable sources by the end of the decade
            new power plants would be auctioned in {month}
            the drought was the worst in decades
        """),
    ),
    "elections": TopicPhrases(
        heads=lines("""
            Voters in {country} head to the polls on Sunday
            {s1} wins election in {place} by wide margin
            Electoral authority of {country} confirms results
            Candidates in {place} hold final debate
        """),
        leads=lines("""
            Millions of voters in {country} will elect a new president and Congress on Sunday, in elections that {p1} called historic.
            {p1} won the election for governor of {place} with {pct} percent of the votes, according to preliminary results released {day}.
            The electoral authority of {country} confirmed {day} the results of the presidential election, {p1} told reporters.
        """),
        facts=lines("""
            Turnout reached {pct} percent, the highest since {year}.
            International observers from {org} said the vote was calm and orderly.
            The campaign was dominated by security, the economy and migration.
            More than {num} thousand polling stations opened across the country.
            The losing candidates said they would challenge the results in court.
            Ballots were counted in the presence of party representatives.
            The new government will take office in {month}.
        """),
        quotes=lines("""
            The people have spoken and we will respect their decision
            Democracy is built every day, not only on election day
            We will govern for everyone, including those who did not vote for us
            Every vote will be counted, and counted again if necessary
            This victory belongs to the young people who came out to vote
        """),
        claims=lines("""
            the results would be announced within {num} days
            turnout had been higher than in the previous election
            the vote had been the most closely watched in years
        """),
    ),
    "human rights": TopicPhrases(
        heads=lines("""
            Rights groups denounce disappearances in {place}
            {acr} calls on {country} to protect journalists
            Families of the disappeared march in {place}
            {country} apologizes to victims of abuses
        """),
        leads=lines("""
            Relatives of people who disappeared in {place} marched {day} to demand answers from the authorities, {p1} said.
            {org} called {day} on the authorities of {country} to protect journalists after a series of attacks, {p1} said.
            {p1} presented {day} a report on human rights in {country} that documents abuses in prisons and detention centers.
        """),
        facts=lines("""
            The report documents {num} cases of torture and arbitrary detention since {year}.
            At least {num} journalists have been killed in the region this year.
            Rights groups say discrimination against indigenous communities persists.
            The families have searched for their relatives for years without help.
            {org} asked for an independent investigation of the abuses.
            Press freedom organizations have condemned the harassment of reporters.
            Migrants in detention centers also reported abuses, the report says.
        """),
        quotes=lines("""
            Without truth there can be no justice and no peace
            Journalists must be able to work without fear
            We will keep searching until we find every one of them
            Dignity is not negotiable, not for anyone
            The state has the duty to protect those who criticize it
        """),
        claims=lines("""
            the investigation had been stalled for years
            the attacks on journalists had gone unpunished
            the government would create a commission to search for the missing
        """),
    ),
    "health": TopicPhrases(
        heads=lines("""
            {country} launches vaccination campaign against measles
            Hospitals in {place} struggle with shortage of medicines
            Dengue cases rise in {place}
            {country} invests {amount} in new hospitals
        """),
        leads=lines("""
            Health authorities in {country} launched {day} a vaccination campaign that aims to reach millions of children, {p1} said.
            Hospitals in {place} are running short of basic medicines, {p1} warned {day}.
            {p1} announced {day} an investment of {amount} to build and equip hospitals in {country}.
        """),
        facts=lines("""
            Cases of dengue have risen by {pct} percent compared with last year.
            {org} said that vaccination rates fell during the pandemic.
            Patients in {place} wait months for surgery.
            The new hospitals will have hundreds of beds and {num} operating rooms.
            Doctors and nurses have protested over wages and working conditions.
            Medicines will be distributed through a new public system.
            The disease mainly affects children under five.
        """),
        quotes=lines("""
            No child should die of a disease that a vaccine can prevent
            Our doctors do heroic work with very few resources
            Health is a right, not a privilege
            The medicines are arriving and the shortages will end
            Prevention costs less than any treatment
        """),
        claims=lines("""
            the campaign would run until {month}
            the shortages were caused by problems with suppliers
            the number of cases had begun to fall
        """),
    ),
    "disasters and weather": TopicPhrases(
        heads=lines("""
            Floods force thousands from their homes in {place}
            Drought leaves reservoirs in {country} at record lows
            Hurricane makes landfall near {place}
            Earthquake shakes {country}; rescuers search the rubble
        """),
        leads=lines("""
            Torrential rain flooded several districts of {place} {day} and forced the evacuation of {num} thousand people, {p1} said.
            The worst drought in decades has left reservoirs in {country} below a fifth of their capacity, {p1} warned {day}.
            A hurricane made landfall near {place} {day} with winds of more than 200 kilometres an hour, {p1} reported.
        """),
        facts=lines("""
            Rescue teams worked through the night to reach villages cut off by landslides.
            Rainfall in {month} was twice the average of the last {num} years.
            The storm destroyed crops and damaged roads and power lines.
            {org} sent emergency supplies to the families left homeless by the floods.
            Firefighters fought wildfires on the edge of the city for a third day.
            The government declared a state of disaster in {num} municipalities.
        """),
        quotes=lines("""
            We have never seen the river rise so fast
            Every family that lost its home will get help
            The drought is the price of years of neglect
            The next storm could be even worse
        """),
        claims=lines("""
            the evacuations would continue until the rivers went down
            relief for the flood victims would reach {amount}
            the heat wave would last until {month}
        """),
    ),
    "labor and pensions": TopicPhrases(
        heads=lines("""
            Unions call general strike over pension reform in {country}
            Minimum wage in {country} rises by {pct}
            Lawmakers approve labor reform in {country}
            Retirees in {place} protest over frozen pensions
        """),
        leads=lines("""
            Trade unions in {country} called {day} a general strike against the pension reform, {p1} announced.
            The government of {country} raised the minimum wage by {pct} {day}, {p1} said.
            Lawmakers in {country} approved {day} a labor reform that limits overtime and protects workers from layoffs, {p1} said.
        """),
        facts=lines("""
            The reform raises the retirement age by two years.
            Pensions will be adjusted every {month} to inflation.
            The strikers blocked the main avenues of {place} for hours.
            Collective bargaining talks with the employers broke down in {year}.
            {org} said wages have lost a fifth of their value since {year}.
            Social security contributions will rise for employers first.
        """),
        quotes=lines("""
            Nobody should retire into poverty
            The workers will not pay for this crisis
            A fair wage is the first condition of a fair economy
            The strike will go on until the government listens
        """),
        claims=lines("""
            the pension fund would run out of money by {year}
            the minimum wage would rise again in {month}
            the unions would join the talks
        """),
    ),
    "education": TopicPhrases(
        heads=lines("""
            Teachers in {country} strike for a larger education budget
            Universities in {place} reopen after months of protests
            School year in {country} starts with a shortage of teachers
            Students in {place} march for free tuition
        """),
        leads=lines("""
            Thousands of teachers and students marched in {place} {day} to demand a larger education budget, {p1} said.
            Public universities in {country} reopened their classrooms {day} after months of protests, {p1} announced.
            The school year began in {country} {day} with {num} thousand teaching posts unfilled, {p1} warned.
        """),
        facts=lines("""
            The education budget fell by {pct} in real terms since {year}.
            Many schools still lack water and electricity.
            The government promised {amount} in scholarships for poorer students.
            {org} said literacy rates have not improved in a decade.
            University tuition remains free for students from public schools.
        """),
        quotes=lines("""
            No child should learn in a classroom without a roof
            Education is not a cost, it is an investment
            Our universities cannot open without funding
            Every student deserves a teacher
        """),
        claims=lines("""
            the new schools would open in {month}
            the teachers would return to the classrooms
            the scholarships would reach every student who needed one
        """),
    ),
    "infrastructure and transport": TopicPhrases(
        heads=lines("""
            New railway will link {place} with the coast
            Highway between {place} and the border opens after delays
            Airport expansion in {place} approved
            Port of {place} to double its cargo capacity
        """),
        leads=lines("""
            The government of {country} approved {day} a railway linking {place} with the ports of the coast, {p1} announced.
            The highway between {place} and the border opened to traffic {day} after {num} years of works, {p1} said.
            The port authority of {place} presented {day} a plan to double the cargo handled by the seaport, {p1} said.
        """),
        facts=lines("""
            The public works will cost {amount} and employ thousands of people.
            Freight trains will carry containers from the seaport to the border.
            The new bridge cuts the journey by more than an hour.
            {org} financed part of the infrastructure with a loan.
            Shipping companies have asked for deeper berths since {year}.
            The airport will handle {num} million passengers a year.
        """),
        quotes=lines("""
            This railway will change the economy of the whole region
            A country without roads is a country without a future
            The works will be finished on time and on budget
            Our ports need to grow as fast as our trade
        """),
        claims=lines("""
            the highway would be finished by {month}
            the railway would carry passengers as well as freight
            the airport would open a second runway
        """),
    ),
    "justice and corruption": TopicPhrases(
        heads=lines("""
            Former official of {country} sentenced for corruption
            Court in {place} orders extradition of businessman
            Prosecutors investigate fraud in public works in {place}
            Judicial reform divides lawmakers in {country}
        """),
        leads=lines("""
            A court in {place} sentenced {day} a former official to {num} years in prison for taking bribes from construction companies, {p1} said.
            Prosecutors in {country} opened {day} an investigation into contracts worth {amount} awarded without tender, {p1} announced.
            A judge in {place} approved {day} the extradition of a businessman accused of fraud in {country2}, {p1} said.
        """),
        facts=lines("""
            The contracts were signed between {year} and the end of the last government.
            The defense said it would appeal the sentence.
            According to prosecutors, the bribes amounted to {amount}.
            {org} said corruption costs the region billions every year.
            The trial lasted {num} months and heard dozens of witnesses.
            The judicial reform would change how judges are chosen.
            Several officials have been suspended while the investigation continues.
        """),
        quotes=lines("""
            Nobody is above the law, however powerful they are
            Corruption steals from schools, hospitals and roads
            This sentence sends a clear message
            The courts must be independent of every government
            We will follow the money wherever it leads
        """),
        claims=lines("""
            the investigation would reach other officials
            the money had been moved through shell companies
            the reform would be debated in {month}
        """),
    ),
    "armed conflict": TopicPhrases(
        heads=lines("""
            Troops of {country} and {country2} clash near the border
            Shelling forces thousands to flee the outskirts of {place}
            {r1} {s1} calls for a ceasefire as fighting spreads
            Rebels claim control of a second town in {country}
        """),
        leads=lines("""
            Artillery fire hit the outskirts of {place} {day} as troops of {country} pushed toward the river, {p1} said.
            Air strikes destroyed a bridge and a fuel depot near {place} {day}, {p1} told reporters.
            {p1} said {day} that the ceasefire agreed in {month} had collapsed after a night of shelling near {place}.
        """),
        facts=lines("""
            The fighting has displaced about {num} thousand people since {year}.
            Both armies accuse each other of breaking the truce.
            {org} counted {num} civilians killed in the first week of the offensive.
            Militias loyal to the former governor still hold the hills north of {place}.
            The front line has barely moved in {num} months of war.
            Humanitarian convoys waited at the crossing for a pause in the bombardment.
            Soldiers dug new trenches along the road to the airport.
        """),
        quotes=lines("""
            There can be no talks while the bombs keep falling
            Every night the shelling starts again at the same hour
            Our soldiers will hold the line as long as they must
            Civilians are paying the price of this war
            A ceasefire is the first step, not the last
        """),
        claims=lines("""
            the troops would withdraw if the shelling stopped
            the invasion had been planned for months
            the truce would be reviewed in {month}
        """),
    ),
    "legislation": TopicPhrases(
        heads=lines("""
            Congress of {country} passes a new water law
            Senate of {country} debates a constitutional reform
            {r1} {s1} presents a bill to regulate public works
            President of {country} vetoes the budget law
        """),
        leads=lines("""
            The Congress of {country} passed {day} a law that sets new rules for public works contracts, {p1} said.
            {p1} presented {day} a bill that would require every ministry to publish its contracts online.
            The Senate of {country} began {day} the debate on a constitutional reform that would limit re-election, {p1} said in {place}.
        """),
        facts=lines("""
            The bill was approved by {num} votes in favor and {num} against.
            The legislation now goes to the Senate, which has {num} days to vote on it.
            The decree will remain in force until parliament passes a law on the matter.
            {org} had asked lawmakers to change three articles of the draft law.
            The legislative committee heard {num} experts before sending the text to the floor.
            The statute will take effect in {month}, once it is published.
            A similar amendment failed in {year} by a handful of votes.
        """),
        quotes=lines("""
            This law closes a door that was open for far too long
            Congress has done its job, now the government must do its part
            We will not sign a law that nobody has read
            The reform is the result of months of negotiation
            Every article of this bill was debated in public
        """),
        claims=lines("""
            the law would be published within a week
            the veto would be overturned in {month}
            the legislature would vote on the amendment before the recess
        """),
    ),
}

GENERIC = TopicPhrases(
    heads=(),
    leads=(),
    facts=lines("""
        The announcement came {num} days after {p2} met representatives of {org} in {place}.
        {p2} said the government would present more details in the coming weeks.
        The meeting took place at the headquarters of {org} in {place}.
        Opposition lawmakers criticized the plan and asked for more information.
        The measure must still be approved by Congress.
        Local media reported that the talks lasted more than {num} hours.
        A report by {org} published in {month} reached similar conclusions.
        The government of {country2} has not yet commented on the announcement.
        Officials did not say when the measures would take effect.
        {p3}, who took part in the meeting, described it as productive.
        Business leaders in {place} welcomed the decision but asked for clear rules.
        Similar programs were tested in {country2} in {year}.
        Critics say the measures come too late and cost too much.
        The plan will be reviewed in {month}, according to officials.
    """),
    quotes=lines("""
        We are working together and the results are already visible
        There is still much to do, but we are on the right path
        This is good news for the whole region
        We will not stop until we reach an agreement
        People expect results and not promises
        The door to dialogue remains open
        It is a first step, and an important one
        We have listened to everyone and this is the result
    """),
    claims=lines("""
        more details would be announced in the coming days
        the measures would be reviewed after {num} months
        the government was open to dialogue with all sectors
    """),
    closings=lines("""
        {org} will publish its full report in {month}.
        The talks will continue next week in {place}.
        Further details are expected in the coming days.
        The government said it would report on progress every {num} months.
    """),
)

# Quote frames: {P} is the speaker; \x01 and \x02 open and close the quote in the article's quote style.
# {q}/{q2} are quotes as written, {ql} a quote embedded after "that", {claim} reported speech.
FRAMES_CLOSED = lines("""
    \x01{q},\x02 {P} said.
    \x01{q},\x02 said {P}.
    {P} added: \x01{q}.\x02
    \x01{q},\x02 {P} told reporters.
    \x01{q},\x02 {P} stressed. \x01{q2}.\x02
    {P} said in a statement that \x01{ql}.\x02
    \x01{q}.\x02 That was how {P} summed up the meeting.
""")
# A quote left open at the end of its paragraph, as web exports often leave them.
FRAMES_OPEN = lines("""
    {P} told reporters that \x01{ql}.
    {P} said that \x01{ql}.
""")
FRAMES_INDIRECT = lines("""
    {P} said that {claim}.
    {P} warned that {claim}.
    {P} noted that {claim}.
""")

DAY = "on {weekday}"
PERCENT = "percent"
CREDIT_FORMS = ("(Source: {agency})", "(With information from {agency})", "(Source: {agency})")
BYLINE_FORMS = ("By {name}", "By {name}", "By {name}, correspondent", "Written by {name}")

# Money: a form is drawn with the bounds (cumulative shares); {n} a number, {scale} million or billion,
# {thousands} a number with a thousands separator, {small} a count of thousands of millions.
AMOUNT_FORMS = ("${n} {scale}", "US${n} {scale}", "{n} {scale} dollars", "€{n} {scale}", "${thousands}")
AMOUNT_BOUNDS = (0.45, 0.65, 0.8, 0.9)
SCALES = ("million", "billion")
MORE_THAN = "more than"
DECIMAL_MARK = "."

# Page debris (flows.bench.debris): what exports keep of a page around its article. Each line is one the cleaner
# removes (flows/clean.py); {n} is a number of minutes, {city} and {weekday} the story's, {label} and {name} the
# picture's agency and photographer.
READ_TIMES = ("{n} min read", "Reading time: {n} min", "{n} minutes", "Estimated read time: {n} minutes")
SHARE_BARS = ("Share on Facebook", "Facebook | Twitter | WhatsApp | Email", "Share: Facebook Twitter LinkedIn")
RELATED_LABELS = ("Read more", "READ ALSO", "Related")
CAPTIONS = ("A view of {city} on {weekday}", "Residents gather in {city} on {weekday}", "File photo of {city}")
PHOTO_LABEL = "Photo"
PHOTO_AGENCIES = ("AP", "AFP", "Reuters")
NEWSLETTER_PROMPTS = (
    "Sign up for our newsletter to get the day's top stories in your inbox.",
    "Subscribe to our newsletter",
)
COOKIE_NOTICES = ("This website uses cookies to improve your experience.", "This site uses cookies.")
