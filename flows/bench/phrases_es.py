# ruff: noqa: E501 -- the phrases are data, one sentence per line, as long as the sentence is.
"""Spanish sentences of the synthetic articles, per topic of schemas/topic_taxonomy.py, written for this generator.

Slots as in `phrases_en`, plus {de_org}: the organization after "de" ("de la Comisión …", "del Instituto …").
{day} reads "este lunes"; people carry their role with its article ("la canciller Ana Ruiz").
"""

from __future__ import annotations

from flows.bench.phrasebook import TopicPhrases, lines

TOPICS: dict[str, TopicPhrases] = {
    "diplomacy": TopicPhrases(
        heads=lines("""
            {country} y {country2} acuerdan reanudar el diálogo de alto nivel
            {r1} {s1} destaca el buen momento de las relaciones con {country2}
            Cancilleres de {country} y {country2} se reúnen en {place}
            {country} llama a consultas a su embajador tras la disputa con {country2}
        """),
        leads=lines("""
            {p1} se reunió {day} en {place} con {p2} para preparar la agenda de una cumbre entre {country} y {country2}.
            Las relaciones entre {country} y {country2} atraviesan un buen momento, afirmó {day} {p1} tras conversar con {p2} en {place}.
            {p1} llegó {day} a {place} para dos días de conversaciones sobre comercio, seguridad y migración con el Gobierno de {country2}.
        """),
        facts=lines("""
            Ambas delegaciones acordaron crear un grupo de trabajo que presentará sus conclusiones en un plazo de {num} meses.
            Se trata de la primera visita de un alto funcionario de {country} a {country2} desde {year}.
            Diplomáticos de ambos países calificaron las conversaciones de francas y constructivas.
            La agenda bilateral incluye también la cooperación consular y el intercambio de estudiantes.
            Los dos gobiernos anunciaron la reapertura de los consulados cerrados durante la disputa de {year}.
            Según {org}, el encuentro podría abrir el camino a un tratado más amplio de cooperación regional.
            Una declaración conjunta divulgada tras la reunión llamó al diálogo y al respeto del derecho internacional.
        """),
        quotes=lines("""
            Esta es una relación entre iguales y así debe seguir
            Vinimos a escuchar y nos vamos con compromisos concretos
            No hay problema entre nuestros países que no pueda resolverse con diálogo
            El próximo paso es convertir estas conversaciones en acuerdos que la gente pueda sentir
            Nuestras embajadas seguirán trabajando cada día para mantener abierto este canal
        """),
        claims=lines("""
            las conversaciones continuarán en {month} en {country2}
            ambos gobiernos han acercado posiciones en la mayoría de los temas
            una cumbre de jefes de Estado podría celebrarse antes de fin de año
        """),
    ),
    "migration": TopicPhrases(
        heads=lines("""
            {country} anuncia nuevas medidas para ordenar la migración en sus fronteras
            Cae un {pct} por ciento el número de migrantes que cruzan a {country}
            {acr} alerta sobre el aumento de las deportaciones desde {country}
            Caravana de migrantes sale de {place} rumbo al norte
        """),
        leads=lines("""
            {p1} anunció {day} un plan para agilizar las solicitudes de asilo en la frontera entre {country} y {country2}.
            Cientos de migrantes salieron {day} a pie de {place} en una caravana que espera llegar a la frontera con {country2} en {num} semanas, informó {p1}.
            El número de migrantes irregulares detenidos en la frontera de {country} cayó con fuerza el mes pasado, dijo {day} {p1} en una conferencia de prensa.
        """),
        facts=lines("""
            Según cifras oficiales, más de {num} mil personas solicitaron asilo en {country} el año pasado.
            Los albergues de {place} aseguran que operan un {pct} por ciento por encima de su capacidad.
            {org} calcula que las remesas enviadas por los migrantes alcanzaron {amount} el año pasado.
            La mayoría de los migrantes procede de {country2} y muchos viajan con niños.
            Organizaciones humanitarias pidieron a las autoridades suspender las deportaciones durante la temporada de lluvias.
            El nuevo programa de visas permitirá a los trabajadores permanecer hasta {num} meses.
            Los cruces fronterizos han disminuido desde que ambos gobiernos acordaron coordinar patrullajes en {year}.
        """),
        quotes=lines("""
            Nadie deja su casa si no está obligado a hacerlo
            Necesitamos rutas seguras y legales para que las familias no pongan su vida en manos de traficantes
            Los albergues están llenos y la ayuda que recibimos no alcanza
            Toda persona que llegue a nuestra frontera será tratada con dignidad
            Este programa da a los trabajadores una vía legal y a los empleadores la mano de obra que necesitan
        """),
        claims=lines("""
            las nuevas reglas entrarán en vigor en {month}
            las deportaciones se han duplicado desde {year}
            el Gobierno abrirá {num} nuevos albergues a lo largo de la frontera
        """),
    ),
    "trade": TopicPhrases(
        heads=lines("""
            {country} y {country2} firman un acuerdo para reducir aranceles agrícolas
            Las exportaciones de {country} alcanzan un récord de {amount}
            {r1} {s1} defiende el libre comercio en un foro empresarial en {place}
            Nuevos aranceles amenazan empleos en {place}, advierten exportadores
        """),
        leads=lines("""
            {p1} afirmó {day} que el comercio entre {country} y {country2} supera los {amount} anuales y puede crecer aún más.
            {country} y {country2} firmaron {day} en {place} un acuerdo que elimina los aranceles de cientos de productos, anunció {p1}.
            Los exportadores de {place} se preparan para los nuevos aranceles que {country2} prevé imponer el próximo mes, advirtió {day} {p1}.
        """),
        facts=lines("""
            Los productos agrícolas, las autopartes y la electrónica concentran la mayor parte de las exportaciones.
            {org} estimó que el acuerdo podría sumar {amount} a las exportaciones en su primer año.
            Los importadores temen que las demoras en la frontera encarezcan toda la cadena de suministro.
            El déficit comercial se redujo a {amount} en el primer semestre.
            Ambas partes acordaron revisar las reglas de origen de los textiles antes de {month}.
            La relocalización de empresas ha llevado nuevas fábricas a los parques industriales de {place}.
            Funcionarios de aduanas dijeron que el nuevo sistema reducirá un {pct} por ciento los tiempos de inspección.
        """),
        quotes=lines("""
            El libre comercio ha sido bueno para nuestros trabajadores y lo vamos a defender
            Estos aranceles perjudicarían a los consumidores de ambos lados de la frontera
            Nuestras empresas están listas para competir, solo piden reglas claras
            Hablamos de miles de empleos que dependen de estas exportaciones
            Este acuerdo abre mercados que estuvieron cerrados a nuestros agricultores durante décadas
        """),
        claims=lines("""
            los aranceles quedarán suspendidos mientras continúen las negociaciones
            las exportaciones han crecido durante {num} trimestres consecutivos
            el acuerdo será enviado al Congreso en {month}
        """),
    ),
    "economy": TopicPhrases(
        heads=lines("""
            La inflación en {country} baja al {pct} por ciento
            {country} presenta un plan de inversión de {amount}
            El banco central de {country} mantiene sin cambios las tasas de interés
            Baja el desempleo en {place} gracias a la inversión
        """),
        leads=lines("""
            La economía de {country} creció más de lo esperado en el segundo trimestre, afirmó {day} {p1} al presentar el nuevo presupuesto.
            {p1} presentó {day} un plan de inversión de {amount} para construir carreteras, puertos y viviendas en todo el país.
            La inflación en {country} se moderó por tercer mes consecutivo en {month}, dijo {day} {p1} a la prensa.
        """),
        facts=lines("""
            Los analistas {de_org} prevén un crecimiento económico del {pct} por ciento este año.
            El presupuesto incluye {amount} para pequeñas empresas y capacitación laboral.
            El desempleo cayó a su nivel más bajo desde {year}.
            La inversión extranjera en {country} alcanzó {amount} en el primer semestre.
            Los precios de los alimentos y los combustibles subieron menos que en meses anteriores.
            El banco central mantuvo sin cambios su tasa de interés de referencia en su última reunión.
            Los economistas advirtieron que la deuda pública podría limitar el nuevo gasto.
        """),
        quotes=lines("""
            Las cifras muestran que la economía va por buen camino
            El crecimiento no significa nada si no llega a las familias que más lo necesitan
            Vamos a mantener en orden las finanzas públicas, sea cual sea la presión
            Los inversionistas ven estabilidad y por eso están llegando
            La inflación es el impuesto más injusto porque golpea primero a los más pobres
        """),
        claims=lines("""
            la economía crecerá alrededor de un {pct} por ciento el próximo año
            el nuevo presupuesto no subirá los impuestos
            la inversión alcanzó su nivel más alto en una década
        """),
    ),
    "security and drugs": TopicPhrases(
        heads=lines("""
            La policía decomisa un cargamento récord de fentanilo en {place}
            {country} y {country2} acuerdan combatir juntos el tráfico de armas
            Los homicidios bajan un {pct} por ciento en {place}, según las autoridades
            {r1} {s1} presenta una nueva estrategia de seguridad
        """),
        leads=lines("""
            La policía de {place} decomisó {day} cientos de kilos de droga ocultos en un cargamento de fruta, informó {p1}.
            {p1} presentó {day} una estrategia de seguridad que privilegia la inteligencia y la prevención sobre la fuerza.
            Las autoridades de {country} y {country2} acordaron {day} compartir información sobre las armas que cruzan su frontera de contrabando, anunció {p1}.
        """),
        facts=lines("""
            Los cárteles utilizan el puerto de {place} para mover cocaína y drogas sintéticas.
            La estrategia incluye {amount} para capacitación y equipamiento de las policías locales.
            Según {org}, la mayoría de las armas usadas en delitos violentos entra de contrabando desde el extranjero.
            Los homicidios disminuyeron un {pct} por ciento respecto del mismo periodo del año pasado.
            La fiscalía abrió investigaciones contra {num} agentes acusados de vínculos con el crimen organizado.
            El fentanilo decomisado habría alcanzado para millones de dosis, según las autoridades.
            Los vecinos de {place} aseguran que la violencia ha cambiado su vida diaria.
        """),
        quotes=lines("""
            No vamos a permitir que el crimen organizado se adueñe de nuestras calles
            La inteligencia nos ha dado mejores resultados que la confrontación
            La lucha contra el fentanilo es una responsabilidad compartida
            Cada arma que cruza ilegalmente la frontera termina en manos de criminales
            Nuestra prioridad es proteger la vida de la gente de {place}
        """),
        claims=lines("""
            el operativo se preparó durante meses
            los homicidios han bajado durante {num} meses seguidos
            se enviarán más efectivos a {place}
        """),
    ),
    "energy and climate": TopicPhrases(
        heads=lines("""
            {country} inaugura el mayor parque solar de la región
            La sequía en {place} genera temor por el suministro eléctrico
            {country} y {country2} firman un acuerdo de energías renovables
            La producción de petróleo de {country} cae por tercer año
        """),
        leads=lines("""
            {p1} inauguró {day} un parque solar cerca de {place} que abastecerá de electricidad a cientos de miles de hogares.
            Una larga sequía ha dejado los embalses que abastecen a {place} al {pct} por ciento de su capacidad, advirtió {day} {p1}.
            {country} y {country2} acordaron {day} invertir {amount} en energía eólica y líneas de transmisión, informó {p1}.
        """),
        facts=lines("""
            Las energías renovables representan ya el {pct} por ciento de la electricidad producida en {country}.
            El proyecto costó {amount} y generó {num} mil empleos durante su construcción.
            Grupos ambientalistas pidieron al Gobierno proteger los humedales cercanos a la nueva planta.
            La producción de petróleo ha caído de forma sostenida desde {year}.
            {org} señaló que las emisiones del transporte siguen en aumento.
            Los yacimientos de litio de la región han atraído a inversionistas de varios países.
            Las autoridades advirtieron que los apagones podrían volver si las lluvias no llegan antes de {month}.
        """),
        quotes=lines("""
            La transición energética ya no es una promesa, está ocurriendo
            No podemos seguir quemando el futuro para pagar el presente
            El cambio climático ya está aquí y los más pobres son los primeros en sentirlo
            Esta planta demuestra que la energía limpia también puede ser barata
            Hay agua suficiente si dejamos de desperdiciarla
        """),
        claims=lines("""
            la mitad de la electricidad provendrá de fuentes renovables antes del fin de la década
            nuevas centrales serán licitadas en {month}
            la sequía es la peor en décadas
        """),
    ),
    "elections": TopicPhrases(
        heads=lines("""
            Los votantes de {country} acuden a las urnas este domingo
            {s1} gana con amplio margen la elección en {place}
            La autoridad electoral de {country} confirma los resultados
            Los candidatos de {place} celebran el último debate
        """),
        leads=lines("""
            Millones de votantes de {country} elegirán este domingo a un nuevo presidente y al Congreso, en unos comicios que {p1} calificó de históricos.
            {p1} ganó la elección a la gobernación de {place} con el {pct} por ciento de los votos, según resultados preliminares divulgados {day}.
            La autoridad electoral de {country} confirmó {day} los resultados de la elección presidencial, informó {p1} a la prensa.
        """),
        facts=lines("""
            La participación alcanzó el {pct} por ciento, la más alta desde {year}.
            Los observadores internacionales {de_org} afirmaron que la votación transcurrió con calma y en orden.
            La campaña estuvo dominada por la seguridad, la economía y la migración.
            Más de {num} mil casillas abrieron en todo el país.
            Los candidatos derrotados anunciaron que impugnarán los resultados ante los tribunales.
            Los votos se contaron en presencia de representantes de los partidos.
            El nuevo gobierno asumirá en {month}.
        """),
        quotes=lines("""
            El pueblo ha hablado y vamos a respetar su decisión
            La democracia se construye todos los días, no solo el día de la elección
            Gobernaremos para todos, también para quienes no votaron por nosotros
            Cada voto será contado, y contado de nuevo si hace falta
            Este triunfo es de los jóvenes que salieron a votar
        """),
        claims=lines("""
            los resultados se darán a conocer en un plazo de {num} días
            la participación fue mayor que en la elección anterior
            la votación fue la más observada en años
        """),
    ),
    "human rights": TopicPhrases(
        heads=lines("""
            Organizaciones denuncian desapariciones en {place}
            {acr} pide a {country} proteger a los periodistas
            Familias de desaparecidos marchan en {place}
            {country} pide perdón a las víctimas de abusos
        """),
        leads=lines("""
            Familiares de personas desaparecidas en {place} marcharon {day} para exigir respuestas a las autoridades, informó {p1}.
            {org} pidió {day} a las autoridades de {country} proteger a los periodistas tras una serie de ataques, señaló {p1}.
            {p1} presentó {day} un informe sobre derechos humanos en {country} que documenta abusos en cárceles y centros de detención.
        """),
        facts=lines("""
            El informe documenta {num} casos de tortura y detención arbitraria desde {year}.
            Al menos {num} periodistas han sido asesinados en la región este año.
            Las organizaciones afirman que persiste la discriminación contra las comunidades indígenas.
            Las familias llevan años buscando a sus seres queridos sin ayuda.
            {org} pidió una investigación independiente de los abusos.
            Organizaciones de libertad de prensa condenaron el hostigamiento a reporteros.
            Migrantes en centros de detención también denunciaron abusos, según el informe.
        """),
        quotes=lines("""
            Sin verdad no puede haber justicia ni paz
            Los periodistas deben poder trabajar sin miedo
            Vamos a seguir buscando hasta encontrar a cada uno de ellos
            La dignidad no se negocia, para nadie
            El Estado tiene el deber de proteger a quienes lo critican
        """),
        claims=lines("""
            la investigación lleva años estancada
            los ataques contra periodistas han quedado impunes
            el Gobierno creará una comisión para buscar a los desaparecidos
        """),
    ),
    "health": TopicPhrases(
        heads=lines("""
            {country} lanza una campaña de vacunación contra el sarampión
            Los hospitales de {place} enfrentan escasez de medicamentos
            Aumentan los casos de dengue en {place}
            {country} invierte {amount} en nuevos hospitales
        """),
        leads=lines("""
            Las autoridades sanitarias de {country} lanzaron {day} una campaña de vacunación que busca llegar a millones de niños, informó {p1}.
            Los hospitales de {place} se están quedando sin medicamentos básicos, advirtió {day} {p1}.
            {p1} anunció {day} una inversión de {amount} para construir y equipar hospitales en {country}.
        """),
        facts=lines("""
            Los casos de dengue aumentaron un {pct} por ciento respecto del año pasado.
            {org} señaló que las tasas de vacunación cayeron durante la pandemia.
            Los pacientes de {place} esperan meses para ser operados.
            Los nuevos hospitales tendrán cientos de camas y {num} quirófanos.
            Médicos y enfermeras han protestado por los salarios y las condiciones de trabajo.
            Los medicamentos se distribuirán mediante un nuevo sistema público.
            La enfermedad afecta sobre todo a niños menores de cinco años.
        """),
        quotes=lines("""
            Ningún niño debería morir de una enfermedad que una vacuna puede prevenir
            Nuestros médicos hacen un trabajo heroico con muy pocos recursos
            La salud es un derecho, no un privilegio
            Los medicamentos están llegando y el desabasto va a terminar
            La prevención cuesta menos que cualquier tratamiento
        """),
        claims=lines("""
            la campaña se extenderá hasta {month}
            la escasez se debió a problemas con los proveedores
            el número de casos ha comenzado a bajar
        """),
    ),
    "disasters and weather": TopicPhrases(
        heads=lines("""
            Inundaciones obligan a miles de personas a dejar sus casas en {place}
            La sequía deja los embalses de {country} en mínimos históricos
            Un huracán toca tierra cerca de {place}
            Un sismo sacude {country}; los rescatistas buscan entre los escombros
        """),
        leads=lines("""
            Las lluvias torrenciales inundaron varios barrios de {place} {day} y obligaron a evacuar a {num} mil personas, informó {p1}.
            La peor sequía en décadas dejó los embalses de {country} por debajo de una quinta parte de su capacidad, advirtió {p1} {day}.
            Un huracán tocó tierra cerca de {place} {day} con vientos de más de 200 kilómetros por hora, informó {p1}.
        """),
        facts=lines("""
            Los rescatistas trabajaron toda la noche para llegar a las aldeas aisladas por los deslaves.
            Las lluvias de {month} duplicaron el promedio de los últimos {num} años.
            La tormenta destruyó cultivos y dañó carreteras y tendidos eléctricos.
            {org} envió ayuda a las familias damnificadas por las inundaciones.
            Los bomberos combatieron un incendio forestal en las afueras de la ciudad por tercer día.
            El gobierno declaró zona de desastre a {num} municipios.
        """),
        quotes=lines("""
            Nunca habíamos visto crecer el río tan rápido
            Ninguna familia que perdió su casa se quedará sin ayuda
            La sequía es el precio de años de abandono
            La próxima tormenta puede ser peor
        """),
        claims=lines("""
            las evacuaciones seguirían hasta que bajaran los ríos
            la ayuda para los damnificados llegaría a {amount}
            la ola de calor duraría hasta {month}
        """),
    ),
    "labor and pensions": TopicPhrases(
        heads=lines("""
            Los sindicatos convocan una huelga general contra la reforma de pensiones en {country}
            El salario mínimo sube un {pct} en {country}
            Los legisladores aprueban la reforma laboral en {country}
            Jubilados de {place} protestan por las pensiones congeladas
        """),
        leads=lines("""
            Los sindicatos de {country} convocaron {day} una huelga general contra la reforma de pensiones, anunció {p1}.
            El gobierno de {country} subió {day} el salario mínimo un {pct}, informó {p1}.
            Los legisladores de {country} aprobaron {day} una reforma laboral que limita las horas extra y protege a los trabajadores de los despidos, dijo {p1}.
        """),
        facts=lines("""
            La reforma eleva en dos años la edad de jubilación.
            Las pensiones se ajustarán cada {month} según la inflación.
            Los huelguistas bloquearon las principales avenidas de {place} durante horas.
            La negociación colectiva con los empresarios se rompió en {year}.
            {org} afirmó que los salarios perdieron una quinta parte de su valor desde {year}.
            Los aportes a la seguridad social subirán primero para los empleadores.
        """),
        quotes=lines("""
            Nadie debería jubilarse en la pobreza
            Los trabajadores no van a pagar esta crisis
            Un salario justo es la primera condición de una economía justa
            La huelga seguirá hasta que el gobierno escuche
        """),
        claims=lines("""
            el fondo de pensiones se quedaría sin dinero en {year}
            el salario mínimo volvería a subir en {month}
            los sindicatos se sumarían a la negociación
        """),
    ),
    "education": TopicPhrases(
        heads=lines("""
            Los docentes de {country} paran por un mayor presupuesto educativo
            Las universidades de {place} reabren tras meses de protestas
            El año escolar en {country} empieza con falta de maestros
            Estudiantes de {place} marchan por la educación gratuita
        """),
        leads=lines("""
            Miles de docentes y estudiantes marcharon en {place} {day} para exigir un mayor presupuesto para la educación, informó {p1}.
            Las universidades públicas de {country} reabrieron sus aulas {day} tras meses de protestas, anunció {p1}.
            El año escolar comenzó en {country} {day} con {num} mil plazas de maestros sin cubrir, advirtió {p1}.
        """),
        facts=lines("""
            El presupuesto educativo cayó un {pct} en términos reales desde {year}.
            Muchas escuelas todavía no tienen agua ni electricidad.
            El gobierno prometió {amount} en becas para los alumnos más pobres.
            {org} afirmó que la alfabetización no mejoró en una década.
            La matrícula universitaria sigue siendo gratuita para los egresados de escuelas públicas.
        """),
        quotes=lines("""
            Ningún niño debería aprender en un aula sin techo
            La educación no es un gasto, es una inversión
            Nuestras universidades no pueden abrir sin fondos
            Cada estudiante merece un maestro
        """),
        claims=lines("""
            las nuevas escuelas abrirían en {month}
            los docentes volverían a las aulas
            las becas llegarían a todos los estudiantes que las necesitaran
        """),
    ),
    "infrastructure and transport": TopicPhrases(
        heads=lines("""
            Un nuevo ferrocarril unirá {place} con la costa
            Abre la autopista entre {place} y la frontera tras años de retrasos
            Aprueban la ampliación del aeropuerto de {place}
            El puerto de {place} duplicará su capacidad de carga
        """),
        leads=lines("""
            El gobierno de {country} aprobó {day} un ferrocarril que unirá {place} con los puertos de la costa, anunció {p1}.
            La autopista entre {place} y la frontera se abrió al tránsito {day} tras {num} años de obras, informó {p1}.
            La autoridad portuaria de {place} presentó {day} un plan para duplicar la carga que mueve la terminal, dijo {p1}.
        """),
        facts=lines("""
            Las obras públicas costarán {amount} y darán empleo a miles de personas.
            Los trenes de carga llevarán contenedores desde los puertos hasta la frontera.
            El nuevo puente acorta el viaje en más de una hora.
            {org} financió parte de la infraestructura con un préstamo.
            Las navieras piden muelles más profundos desde {year}.
            El aeropuerto atenderá a {num} millones de pasajeros al año.
        """),
        quotes=lines("""
            Este ferrocarril cambiará la economía de toda la región
            Un país sin carreteras es un país sin futuro
            Las obras terminarán a tiempo y dentro del presupuesto
            Nuestros puertos tienen que crecer tan rápido como nuestro comercio
        """),
        claims=lines("""
            la autopista estaría terminada en {month}
            el ferrocarril llevaría pasajeros además de carga
            el aeropuerto abriría una segunda pista
        """),
    ),
    "justice and corruption": TopicPhrases(
        heads=lines("""
            Condenan por corrupción a un exfuncionario de {country}
            Un tribunal de {place} ordena la extradición de un empresario
            La fiscalía investiga fraudes en obras públicas en {place}
            La reforma judicial divide a los legisladores de {country}
        """),
        leads=lines("""
            Un tribunal de {place} condenó {day} a {num} años de prisión a un exfuncionario por recibir sobornos de constructoras, informó {p1}.
            La fiscalía de {country} abrió {day} una investigación sobre contratos por {amount} adjudicados sin licitación, anunció {p1}.
            Un juez de {place} aprobó {day} la extradición de un empresario acusado de fraude en {country2}, dijo {p1}.
        """),
        facts=lines("""
            Los contratos se firmaron entre {year} y el final del gobierno anterior.
            La defensa anunció que apelará la sentencia.
            Según la fiscalía, los sobornos sumaron {amount}.
            {org} afirmó que la corrupción le cuesta a la región miles de millones cada año.
            El juicio duró {num} meses y escuchó a decenas de testigos.
            La reforma judicial cambiaría la forma en que se elige a los jueces.
            Varios funcionarios fueron suspendidos mientras avanza la investigación.
        """),
        quotes=lines("""
            Nadie está por encima de la ley, por poderoso que sea
            La corrupción le roba a las escuelas, a los hospitales y a las carreteras
            Esta sentencia envía un mensaje claro
            Los tribunales deben ser independientes de cualquier gobierno
            Vamos a seguir el dinero hasta donde nos lleve
        """),
        claims=lines("""
            la investigación alcanzará a otros funcionarios
            el dinero se movió a través de empresas fantasma
            la reforma se debatirá en {month}
        """),
    ),
    "armed conflict": TopicPhrases(
        heads=lines("""
            Tropas de {country} y {country2} se enfrentan cerca de la frontera
            Los bombardeos obligan a miles a huir de las afueras de {place}
            {r1} {s1} pide un alto el fuego ante el avance de los combates
            Los rebeldes dicen controlar un segundo pueblo de {country}
        """),
        leads=lines("""
            La artillería golpeó {day} las afueras de {place} mientras las tropas de {country} avanzaban hacia el río, dijo {p1}.
            Ataques aéreos destruyeron {day} un puente y un depósito de combustible cerca de {place}, informó {p1}.
            {p1} afirmó {day} que la tregua acordada en {month} se rompió tras una noche de bombardeos cerca de {place}.
        """),
        facts=lines("""
            La guerra ha desplazado a unas {num} mil personas desde {year}.
            Ambos ejércitos se acusan de violar la tregua.
            {org} contó {num} civiles muertos en la primera semana de la ofensiva.
            Milicias leales al exgobernador aún controlan los cerros al norte de {place}.
            El frente de batalla apenas se ha movido en {num} meses de guerra.
            Los convoyes humanitarios esperaban en el cruce una pausa en los bombardeos.
            Los soldados cavaron nuevas trincheras a lo largo del camino al aeropuerto.
        """),
        quotes=lines("""
            No puede haber diálogo mientras sigan cayendo las bombas
            Cada noche los bombardeos empiezan de nuevo a la misma hora
            Nuestros soldados resistirán todo lo que haga falta
            Los civiles están pagando el precio de esta guerra
            Un alto el fuego es el primer paso, no el último
        """),
        claims=lines("""
            las tropas se retirarían si cesaban los bombardeos
            la invasión se había planeado durante meses
            la tregua se revisaría en {month}
        """),
    ),
    "legislation": TopicPhrases(
        heads=lines("""
            El Congreso de {country} aprueba una nueva ley de aguas
            El Senado de {country} debate una reforma constitucional
            {r1} {s1} presenta un proyecto de ley para regular las obras públicas
            El presidente de {country} veta la ley de presupuesto
        """),
        leads=lines("""
            El Congreso de {country} aprobó {day} una ley que fija nuevas reglas para los contratos de obras públicas, dijo {p1}.
            {p1} presentó {day} un proyecto de ley que obligaría a cada ministerio a publicar sus contratos en línea.
            El Senado de {country} inició {day} el debate de una reforma constitucional que limitaría la reelección, dijo {p1} en {place}.
        """),
        facts=lines("""
            El proyecto fue aprobado con {num} votos a favor y {num} en contra.
            La iniciativa pasa ahora al Senado, que tiene {num} días para votarla.
            El decreto seguirá vigente hasta que el parlamento apruebe una ley sobre el tema.
            {org} había pedido cambiar tres artículos del proyecto de ley.
            La comisión legislativa escuchó a {num} expertos antes de enviar el texto al pleno.
            La norma entrará en vigor en {month}, una vez promulgada.
            Una enmienda similar fracasó en {year} por un puñado de votos.
        """),
        quotes=lines("""
            Esta ley cierra una puerta que estuvo abierta demasiado tiempo
            El Congreso hizo su trabajo, ahora el Gobierno debe hacer su parte
            No vamos a firmar una ley que nadie ha leído
            La reforma es el resultado de meses de negociación
            Cada artículo de este proyecto se debatió en público
        """),
        claims=lines("""
            la ley se publicaría en una semana
            el veto sería revertido en {month}
            la legislatura votaría la enmienda antes del receso
        """),
    ),
}

GENERIC = TopicPhrases(
    heads=(),
    leads=(),
    facts=lines("""
        El anuncio se produjo {num} días después de que {p2} se reuniera con representantes {de_org} en {place}.
        {p2} dijo que el Gobierno presentará más detalles en las próximas semanas.
        La reunión se celebró en la sede {de_org} en {place}.
        Legisladores de la oposición criticaron el plan y pidieron más información.
        La medida aún debe ser aprobada por el Congreso.
        Medios locales informaron que las conversaciones se prolongaron durante más de {num} horas.
        Un informe {de_org} publicado en {month} llegó a conclusiones similares.
        El Gobierno de {country2} aún no se ha pronunciado sobre el anuncio.
        Las autoridades no precisaron cuándo entrarán en vigor las medidas.
        {p3}, quien participó en la reunión, la calificó de productiva.
        Empresarios de {place} celebraron la decisión, pero pidieron reglas claras.
        Programas similares se pusieron a prueba en {country2} en {year}.
        Los críticos afirman que las medidas llegan tarde y cuestan demasiado.
        El plan será revisado en {month}, según las autoridades.
    """),
    quotes=lines("""
        Estamos trabajando juntos y los resultados ya se ven
        Queda mucho por hacer, pero vamos por el camino correcto
        Esta es una buena noticia para toda la región
        No vamos a parar hasta alcanzar un acuerdo
        La gente espera resultados y no promesas
        La puerta del diálogo sigue abierta
        Es un primer paso, y uno importante
        Escuchamos a todos y este es el resultado
    """),
    claims=lines("""
        en los próximos días se anunciarán más detalles
        las medidas se revisarán después de {num} meses
        el Gobierno está abierto al diálogo con todos los sectores
    """),
    closings=lines("""
        {org} publicará su informe completo en {month}.
        Las conversaciones continuarán la próxima semana en {place}.
        Se esperan más detalles en los próximos días.
        El Gobierno informó que dará cuenta de los avances cada {num} meses.
    """),
)

# As in phrases_en: {P} the speaker, \x01 and \x02 the quote's opening and closing marks.
FRAMES_CLOSED = lines("""
    \x01{q}\x02, dijo {P}.
    \x01{q}\x02, afirmó {P}.
    {P} aseguró: \x01{q}\x02.
    \x01{q}\x02, señaló {P}. \x01{q2}\x02, añadió.
    {P} explicó que \x01{ql}\x02.
    \x01{q}\x02, subrayó {P} ante la prensa.
    \x01{q} —afirmó {P}—. {q2}.\x02
""")
FRAMES_OPEN = lines("""
    {P} dijo que \x01{ql}.
    {P} advirtió que \x01{ql}.
""")
FRAMES_INDIRECT = lines("""
    {P} señaló que {claim}.
    {P} afirmó que {claim}.
    {P} aseguró que {claim}.
""")

DAY = "este {weekday}"
PERCENT = "por ciento"
CREDIT_FORMS = ("(Con información de {agency})", "(Fuente: {agency})", "(Con información de {agency})")
BYLINE_FORMS = ("Por {name}", "Por {name}", "Por {name}, corresponsal", "Redacción: {name}")

# Money, as in phrases_en; "{small}.000 millones" is how Spanish writes thousands of millions.
AMOUNT_FORMS = (
    "{n} millones de dólares",
    "US${n} millones",
    "{small}.000 millones de pesos",
    "{n} millones de euros",
    "{small} mil millones de pesos",
)
AMOUNT_BOUNDS = (0.35, 0.55, 0.75, 0.9)
SCALES = ("millones",)
MORE_THAN = "más de"
DECIMAL_MARK = ","

# Page debris, as in phrases_en.
READ_TIMES = ("Lectura: {n} min", "{n} minutos de lectura", "Tiempo de lectura: {n} min", "{n} min de lectura")
SHARE_BARS = ("Compartir en WhatsApp", "Compartir: Facebook | X | WhatsApp", "Facebook | X | Telegram | Email")
RELATED_LABELS = ("Lee también", "LEA TAMBIÉN", "Te puede interesar")
CAPTIONS = ("Vista de {city} este {weekday}", "Vecinos se reúnen en {city} el {weekday}", "Imagen de archivo de {city}")
PHOTO_LABEL = "Foto"
PHOTO_AGENCIES = ("EFE", "AFP", "Reuters")
NEWSLETTER_PROMPTS = (
    "Suscríbete a nuestro boletín y recibe las noticias del día.",
    "Recibí en tu correo las noticias más importantes.",
)
COOKIE_NOTICES = (
    "Este sitio web utiliza cookies para mejorar su experiencia.",
    "Esta web usa cookies propias y de terceros.",
)
