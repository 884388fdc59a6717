// The wording of the errata of 24 November 2026 to edition 2026-11, written out in full in the five
// languages: `corrected` is what each erratum put on the cards (a whole step, note or title, as
// reviewed in the translation reviews of 24 and 25 November), `old` what it corrected (the texts of
// the edition before the errata; for E6, E7 and E12, the GDAP steps and the verdict title the
// US Government, EA and G5 cards showed before they had their own). An erratum that only added
// wording has no `old`. E11 (links) is written out in errata.test.ts.
import { LocaleTag } from '../../src/domain/locales';

export type ErratumId = 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E7' | 'E8' | 'E9' | 'E10' | 'E12';

export interface ErratumWording {
  corrected: Record<LocaleTag, string[]>;
  old: Record<LocaleTag, string[]>;
}

export const ERRATA_WORDING: Record<ErratumId, ErratumWording> = {
  E1: {
    corrected: {
      'en-US': [
        'Legacy licence subscriptions (not new commerce) move too, the other way round: the current partner creates the legacy transfer and you accept it. Or they are migrated to new commerce first, as Microsoft asks partners to do, and transferred as above. No need to wait for the end of the term.',
        "Microsoft's 2020 page said to wait for the end of the term or to cancel. New-commerce subscriptions now move mid-term by a partner transfer, and legacy ones by the legacy transfer.",
      ],
      'ru-RU': [
        'Устаревшие подписки на основе лицензий (не NCE) тоже передаются, но в обратном порядке: текущий партнер создает передачу устаревших подписок, а вы ее принимаете. Либо их сначала переносят в новую коммерческую модель, как просит Майкрософт, и передают, как описано выше. Ждать окончания срока не нужно.',
        'На странице Майкрософт 2020 года говорилось, что нужно дождаться окончания срока или отменить подписки. Теперь подписки новой коммерческой модели передаются до окончания срока через передачу между партнерами, а устаревшие — через передачу устаревших подписок.',
      ],
      'zh-CN': [
        '旧版基于许可证的订阅（非新商务）也可以转移，但方向相反：由当前合作伙伴创建旧版转移，您接受该转移。也可以按照 Microsoft 的要求先将其迁移到新商务，再按上述方式转移。无需等待期限结束。',
        'Microsoft 2020 年的页面要求等待期限结束或取消订阅。现在，新商务订阅可通过合作伙伴间转移在期中转移，旧版订阅则通过旧版转移进行转移。',
      ],
      'pt-BR': [
        'Assinaturas herdadas baseadas em licença (fora do novo comércio) também são transferidas, no sentido inverso: o parceiro atual cria a transferência herdada e você a aceita. Ou elas são migradas antes para o novo comércio, como a Microsoft pede aos parceiros, e transferidas como acima. Não é preciso esperar o fim do período.',
        'A página da Microsoft de 2020 dizia para esperar o fim do período ou cancelar. Hoje as assinaturas do novo comércio são transferidas no meio do período por uma transferência entre parceiros, e as herdadas pela transferência herdada.',
      ],
      'hu-HU': [
        'Az örökölt (nem az új kereskedelmi élményben vásárolt) licencalapú előfizetések is átadhatók, fordított irányban: a jelenlegi partner hozza létre az örökölt átadást, Ön pedig elfogadja. Vagy előbb migrálhatók az új kereskedelmi élménybe, ahogy a Microsoft kéri a partnerektől, és a fenti módon átadhatók. Nem kell megvárnia az időszak végét.',
        'A Microsoft 2020-as oldala szerint meg kellett várni az időszak végét, vagy le kellett mondani az előfizetéseket. Ma az új kereskedelmi élményben vásárolt előfizetések partnerek közötti átadással az időszak közben is átkerülnek, az örököltek pedig örökölt átadással.',
      ],
    },
    old: {
      'en-US': [
        "Legacy subscriptions (not new commerce) can't be transferred: wait for the end of their term or cancel them, or migrate them to new commerce first.",
        'Until 2024, license-based subscriptions could move to another CSP partner only when their term ended or after they were cancelled.',
      ],
      'ru-RU': [
        'Устаревшие подписки (не новой коммерции) передать нельзя: дождитесь окончания их срока или отмените их либо сначала перенесите их в новую коммерцию.',
        'До 2024 года подписки на основе лицензий можно было перенести к другому партнеру CSP только по окончании их срока или после их отмены.',
      ],
      'zh-CN': [
        '旧版订阅（非新商务）无法转移：请等待期限结束或取消订阅，也可以先将其迁移到新商务。',
        '2024 年之前，基于许可证的订阅只有在期限结束或取消后，才能转移给其他 CSP 合作伙伴。',
      ],
      'pt-BR': [
        'Assinaturas herdadas (fora do novo comércio) não podem ser transferidas: aguarde o fim do período ou cancele-as, ou migre-as antes para o novo comércio.',
        'Até 2024, assinaturas baseadas em licença só podiam ser transferidas para outro parceiro CSP quando o período terminava ou depois de canceladas.',
      ],
      'hu-HU': [
        'Az örökölt (nem az új kereskedelmi élményben vásárolt) előfizetések nem adhatók át: várják meg az időszakuk végét, mondják le őket, vagy előbb migrálják őket az új kereskedelmi élménybe.',
        '2024-ig a licencalapú előfizetések csak az időszakuk lejártakor vagy a lemondásuk után kerülhettek át másik CSP-partnerhez.',
      ],
    },
  },
  E2: {
    corrected: {
      'en-US': [
        'The customer accepts your reseller relationship and, if not done yet, the Microsoft Customer Agreement; direct-bill partners and indirect providers may confirm the acceptance instead.',
        "After the transfer, request GDAP and assign access to your security groups; the customer removes the old partner's GDAP relationship. As an indirect provider, set your reseller as the partner of record.",
      ],
      'ru-RU': [
        'Клиент принимает ваш запрос на установление отношений торгового посредника и, если еще не принял, Клиентское соглашение Майкрософт; партнеры с прямым выставлением счетов и косвенные поставщики могут вместо этого подтвердить его принятие.',
        'После передачи запросите GDAP и назначьте доступ группам безопасности; клиент удаляет отношения GDAP старого партнера. Если вы косвенный поставщик, укажите своего торгового посредника как партнера записи.',
      ],
      'zh-CN': [
        '客户接受您的经销商关系；如果尚未接受 Microsoft 客户协议，还需一并接受。直接计费合作伙伴和间接提供商也可以改为确认客户已接受该协议。',
        '转移后，请求 GDAP 并为您的安全组分配访问权限；客户删除原合作伙伴的 GDAP 关系。如果您是间接提供商，请将您的经销商设置为记录合作伙伴。',
      ],
      'pt-BR': [
        'O cliente aceita sua relação de revendedor e, se ainda não o fez, o Contrato de Cliente da Microsoft; parceiros de cobrança direta e provedores indiretos podem, em vez disso, confirmar a aceitação.',
        'Depois da transferência, solicite o GDAP e atribua o acesso aos seus grupos de segurança; o cliente remove a relação GDAP do parceiro antigo. Como provedor indireto, defina seu revendedor como parceiro de registro.',
      ],
      'hu-HU': [
        'Az ügyfél elfogadja az Ön viszonteladói kapcsolatát, és ha még nem tette meg, a Microsoft Ügyfélszerződést is; ehelyett a közvetlen számlázású partnerek és a közvetett szolgáltatók is megerősíthetik az elfogadást.',
        'Az átadás után kérjen GDAP-hozzáférést, és rendelje hozzá a biztonsági csoportjaihoz; az ügyfél eltávolítja a korábbi partner GDAP-kapcsolatát. Közvetett szolgáltatóként állítsa be a viszonteladóját nyilvántartott partnerként.',
      ],
    },
    old: {
      'en-US': ['The customer accepts your reseller relationship.'],
      'ru-RU': ['Клиент принимает ваш запрос на установление отношений торгового посредника.'],
      'zh-CN': ['客户接受您的经销商关系。'],
      'pt-BR': ['O cliente aceita sua relação de revendedor.'],
      'hu-HU': ['Az ügyfél elfogadja az Ön viszonteladói kapcsolatát.'],
    },
  },
  E3: {
    corrected: {
      'en-US': [
        'The customer accepts your reseller relationship and, if not done yet, the Microsoft Customer Agreement. You must have accepted the Microsoft Partner Agreement.',
        "Billing moves with the transfer; the current partner's CSP prices don't, and Marketplace items move only if they pass the transfer's eligibility check. Neither Azure RBAC nor admin-on-behalf-of (AOBO) access comes with it: the customer grants you access and removes the old partner's.",
      ],
      'ru-RU': [
        'Клиент принимает ваш запрос на установление отношений торгового посредника и, если еще не принял, Клиентское соглашение Майкрософт. У вас должно быть принято Соглашение с партнером Майкрософт.',
        'Выставление счетов переходит к вам вместе с передачей, а цены CSP текущего партнера — нет; элементы Marketplace переходят, только если проходят проверку допустимости передачи. Ни доступ Azure RBAC, ни права на администрирование от имени клиента (AOBO) вместе с передачей не переходят: клиент предоставляет доступ вам и удаляет доступ старого партнера.',
      ],
      'zh-CN': [
        '客户接受您的经销商关系；如果尚未接受 Microsoft 客户协议，还需一并接受。您必须已接受 Microsoft 合作伙伴协议。',
        '计费随转移一并转给您，但当前合作伙伴的 CSP 价格不会沿用；市场商品只有通过转移资格检查才会转移。Azure RBAC 和代表管理员（AOBO）访问权限都不会随转移一并转给您：由客户向您授予访问权限，并删除原合作伙伴的访问权限。',
      ],
      'pt-BR': [
        'O cliente aceita sua relação de revendedor e, se ainda não o fez, o Contrato de Cliente da Microsoft. Você precisa ter aceitado o Contrato de Parceiro da Microsoft.',
        'A cobrança passa para você com a transferência; os preços do CSP do parceiro atual não, e itens do Marketplace só passam se forem aprovados na verificação de qualificação da transferência. Nem o acesso do Azure RBAC nem o acesso para administrar em nome do cliente (AOBO) vêm com ela: o cliente concede acesso a você e remove o do parceiro antigo.',
      ],
      'hu-HU': [
        'Az ügyfél elfogadja az Ön viszonteladói kapcsolatát, és ha még nem tette meg, a Microsoft Ügyfélszerződést is. Önnek el kell fogadnia a Microsoft Partnerszerződést.',
        'A számlázás az átadással átkerül, a jelenlegi partner CSP-árai viszont nem, a Marketplace-tételek pedig csak akkor, ha megfelelnek az átadás jogosultsági ellenőrzésének. Sem az Azure RBAC-hozzáférés, sem az ügyfél nevében végzett rendszergazdai (AOBO) hozzáférés nem kerül át: az ügyfél ad Önnek hozzáférést, és eltávolítja a korábbi partner hozzáférését.',
      ],
    },
    old: {
      'en-US': [
        'The customer accepts your reseller relationship and, if not done yet, the Microsoft Customer Agreement.',
        "Billing moves with the transfer, Azure access (RBAC) doesn't: the customer grants you access and removes the old partner's.",
      ],
      'ru-RU': [
        'Клиент принимает ваш запрос на установление отношений торгового посредника и, если еще не принял, Клиентское соглашение Майкрософт.',
        'Выставление счетов переходит к вам вместе с передачей, а доступ к Azure (RBAC) — нет: клиент предоставляет доступ вам и удаляет доступ старого партнера.',
      ],
      'zh-CN': [
        '客户接受您的经销商关系；如果尚未接受 Microsoft 客户协议，还需一并接受。',
        '计费随转移一并转给您，但 Azure 访问权限（RBAC）不会转移：由客户向您授予访问权限，并删除原合作伙伴的访问权限。',
      ],
      'pt-BR': [
        'O cliente aceita sua relação de revendedor e, se ainda não o fez, o Contrato de Cliente da Microsoft.',
        'A cobrança passa para você com a transferência, o acesso ao Azure (RBAC) não: o cliente concede acesso a você e remove o do parceiro antigo.',
      ],
      'hu-HU': [
        'Az ügyfél elfogadja az Ön viszonteladói kapcsolatát, és ha még nem tette meg, a Microsoft Ügyfélszerződést is.',
        'A számlázás az átadással átkerül, az Azure-hozzáférés (RBAC) viszont nem: az ügyfél ad Önnek hozzáférést, és eltávolítja a korábbi partnerét.',
      ],
    },
  },
  E4: {
    corrected: {
      'en-US': [
        "A subscription in another Microsoft Entra directory must first be associated with the customer's CSP tenant: that removes its Azure role assignments (RBAC) and policy assignments. Migrate classic resources to Azure Resource Manager first. Billing and usage history don't move.",
        'Direct-bill partners certified as Azure Expert MSP can instead request billing ownership of Azure subscriptions under a direct Enterprise Agreement or an enterprise Microsoft Customer Agreement. Quota increases reset to the defaults.',
      ],
      'ru-RU': [
        'Подписку из другого каталога Microsoft Entra сначала нужно связать с тенантом CSP клиента: при этом удаляются ее назначения ролей Azure (RBAC) и назначения политик. Классические ресурсы сначала перенесите в Azure Resource Manager. История выставления счетов и использования не переносится.',
        'Партнеры с прямым выставлением счетов, сертифицированные как Azure Expert MSP, могут вместо этого запросить права владения на выставление счетов для подписок Azure по прямому Соглашению Enterprise или по Клиентскому соглашению Майкрософт для предприятий. Увеличенные квоты сбрасываются до значений по умолчанию.',
      ],
      'zh-CN': [
        '其他 Microsoft Entra 目录中的订阅须先与客户的 CSP 租户关联：这会删除其 Azure 角色分配（RBAC）和策略分配。请先将经典资源迁移到 Azure 资源管理器。计费和使用历史记录不会转移。',
        '获得 Azure Expert MSP 认证的直接计费合作伙伴，也可以改为请求获得直接企业协议或企业版 Microsoft 客户协议下 Azure 订阅的计费所有权。配额增加将重置为默认值。',
      ],
      'pt-BR': [
        'Uma assinatura de outro diretório do Microsoft Entra precisa primeiro ser associada ao locatário do CSP do cliente: isso remove as atribuições de função do Azure (RBAC) e as atribuições de política dela. Migre antes os recursos clássicos para o Azure Resource Manager. O histórico de cobrança e de uso não é transferido.',
        'Parceiros de cobrança direta certificados como Azure Expert MSP podem, em vez disso, solicitar a propriedade de cobrança de assinaturas do Azure de um Contrato Enterprise direto ou de um Contrato de Cliente da Microsoft empresarial. Os aumentos de cota voltam aos valores padrão.',
      ],
      'hu-HU': [
        'Egy másik Microsoft Entra-címtárban lévő előfizetést előbb az ügyfél CSP-bérlőjéhez kell társítani: ez eltávolítja az Azure-szerepkör-hozzárendeléseit (RBAC) és a szabályzat-hozzárendeléseit. A klasszikus erőforrásokat előbb migrálja az Azure Resource Managerbe. A számlázási és használati előzmények nem kerülnek át.',
        'Az Azure Expert MSP minősítésű, közvetlen számlázású partnerek ehelyett kérhetik a közvetlen Nagyvállalati Szerződéshez vagy nagyvállalati Microsoft Ügyfélszerződéshez tartozó Azure-előfizetések számlázási tulajdonjogának átadását. A kvótaemelések visszaállnak az alapértékekre.',
      ],
    },
    old: {
      'en-US': [
        'Direct-bill partners certified as Azure Expert MSP can instead request billing ownership of Azure subscriptions under a direct Enterprise Agreement or an enterprise Microsoft Customer Agreement.',
      ],
      'ru-RU': [
        'Партнеры с прямым выставлением счетов, сертифицированные как Azure Expert MSP, могут вместо этого запросить права владения на выставление счетов для подписок Azure по прямому Соглашению Enterprise или по Клиентскому соглашению Майкрософт для предприятий.',
      ],
      'zh-CN': ['获得 Azure Expert MSP 认证的直接计费合作伙伴，也可以改为请求获得直接企业协议或企业版 Microsoft 客户协议下 Azure 订阅的计费所有权。'],
      'pt-BR': [
        'Parceiros de cobrança direta certificados como Azure Expert MSP podem, em vez disso, solicitar a propriedade de cobrança de assinaturas do Azure de um Contrato Enterprise direto ou de um Contrato de Cliente da Microsoft empresarial.',
      ],
      'hu-HU': [
        'Az Azure Expert MSP minősítésű, közvetlen számlázású partnerek ehelyett kérhetik a közvetlen Nagyvállalati Szerződéshez vagy nagyvállalati Microsoft Ügyfélszerződéshez tartozó Azure-előfizetések számlázási tulajdonjogának átadását.',
      ],
    },
  },
  E5: {
    corrected: {
      'en-US': [
        "Once the customer approves, assign access: give your security groups the relationship's roles (access assignments). Until then nobody in your organization can administer the customer.",
        "Once the customer approves, assign access: give your security groups the relationship's roles (access assignments).",
        "After the transfer, request GDAP and assign access to your security groups; the customer removes the old partner's GDAP relationship. As an indirect provider, set your reseller as the partner of record.",
      ],
      'ru-RU': [
        'Когда клиент утвердит запрос, назначьте доступ: предоставьте группам безопасности вашей организации роли из этих отношений (назначения доступа). До этого никто в вашей организации не может администрировать клиента.',
        'Когда клиент утвердит запрос, назначьте доступ: предоставьте группам безопасности вашей организации роли из этих отношений (назначения доступа).',
        'После передачи запросите GDAP и назначьте доступ группам безопасности; клиент удаляет отношения GDAP старого партнера. Если вы косвенный поставщик, укажите своего торгового посредника как партнера записи.',
      ],
      'zh-CN': [
        '客户批准后，请分配访问权限：将该关系中的角色分配给您的安全组（访问权限分配）。在此之前，您组织中的任何人都无法管理该客户。',
        '客户批准后，请分配访问权限：将该关系中的角色分配给您的安全组（访问权限分配）。',
        '转移后，请求 GDAP 并为您的安全组分配访问权限；客户删除原合作伙伴的 GDAP 关系。如果您是间接提供商，请将您的经销商设置为记录合作伙伴。',
      ],
      'pt-BR': [
        'Depois que o cliente aprovar, atribua o acesso: dê aos seus grupos de segurança as funções da relação (atribuições de acesso). Até lá, ninguém da sua organização pode administrar o cliente.',
        'Depois que o cliente aprovar, atribua o acesso: dê aos seus grupos de segurança as funções da relação (atribuições de acesso).',
        'Depois da transferência, solicite o GDAP e atribua o acesso aos seus grupos de segurança; o cliente remove a relação GDAP do parceiro antigo. Como provedor indireto, defina seu revendedor como parceiro de registro.',
      ],
      'hu-HU': [
        'Miután az ügyfél jóváhagyta, rendelje hozzá a hozzáférést: adja meg a biztonsági csoportjainak a kapcsolat szerepköreit (hozzáférés-hozzárendelések). Addig a szervezetében senki sem felügyelheti az ügyfelet.',
        'Miután az ügyfél jóváhagyta, rendelje hozzá a hozzáférést: adja meg a biztonsági csoportjainak a kapcsolat szerepköreit (hozzáférés-hozzárendelések).',
        'Az átadás után kérjen GDAP-hozzáférést, és rendelje hozzá a biztonsági csoportjaihoz; az ügyfél eltávolítja a korábbi partner GDAP-kapcsolatát. Közvetett szolgáltatóként állítsa be a viszonteladóját nyilvántartott partnerként.',
      ],
    },
    old: {
      'en-US': [],
      'ru-RU': [],
      'zh-CN': [],
      'pt-BR': [],
      'hu-HU': [],
    },
  },
  E6: {
    corrected: {
      'en-US': [
        "In Partner Center for Microsoft Cloud for US Government, administrator permissions are part of the relationship request and can't be skipped. Microsoft documents GDAP as not available there: ask Partner Center support how administrator access is granted.",
        'Set up the reseller relationship, with its administrator permissions, as for support, so you can help the customer meanwhile.',
        'Manage Azure through Azure role-based access control (RBAC), and ask Partner Center support how administrator access is granted in this cloud.',
        'Administrator permissions are part of the relationship request in this cloud. Microsoft documents GDAP as not available there: ask Partner Center support how administrator access is granted.',
        "After the transfer, ask Partner Center support how administrator access is granted in this cloud; the customer removes the old partner's administrator access. As an indirect provider, set your reseller as the partner of record.",
      ],
      'ru-RU': [
        'В Центре партнеров для Microsoft Cloud for US Government разрешения администратора входят в запрос на установление отношений, пропустить их нельзя. По документации Майкрософт GDAP там недоступны: уточните в службе поддержки Центра партнеров, как предоставляется доступ администратора.',
        'Установите отношения торгового посредника с разрешениями администратора, как для поддержки, чтобы тем временем помогать клиенту.',
        'Управляйте Azure через управление доступом на основе ролей Azure (RBAC) и уточните в службе поддержки Центра партнеров, как в этом облаке предоставляется доступ администратора.',
        'В этом облаке разрешения администратора входят в запрос на установление отношений. По документации Майкрософт GDAP там недоступны: уточните в службе поддержки Центра партнеров, как предоставляется доступ администратора.',
        'После передачи уточните в службе поддержки Центра партнеров, как в этом облаке предоставляется доступ администратора; клиент удаляет доступ администратора старого партнера. Если вы косвенный поставщик, укажите своего торгового посредника как партнера записи.',
      ],
      'zh-CN': [
        '在 Microsoft Cloud for US Government 合作伙伴中心中，管理员权限包含在关系请求中，无法跳过。根据 Microsoft 文档，该合作伙伴中心不提供 GDAP：请向合作伙伴中心支持部门确认如何授予管理员访问权限。',
        '按支持情形的步骤建立包含管理员权限的经销商关系，以便在此期间为客户提供帮助。',
        '通过 Azure 基于角色的访问控制（RBAC）管理 Azure，并向合作伙伴中心支持部门确认在此云中如何授予管理员访问权限。',
        '在此云中，管理员权限包含在关系请求中。根据 Microsoft 文档，此云中的合作伙伴中心不提供 GDAP：请向合作伙伴中心支持部门确认如何授予管理员访问权限。',
        '转移后，请向合作伙伴中心支持部门确认在此云中如何授予管理员访问权限；客户删除原合作伙伴的管理员访问权限。如果您是间接提供商，请将您的经销商设置为记录合作伙伴。',
      ],
      'pt-BR': [
        'No Partner Center para o Microsoft Cloud for US Government, as permissões de administrador fazem parte da solicitação de relação e não podem ser dispensadas. A Microsoft documenta que o GDAP não está disponível lá: confirme com o suporte do Partner Center como o acesso de administrador é concedido.',
        'Estabeleça a relação de revendedor, com as permissões de administrador, como no caso de suporte, para poder ajudar o cliente enquanto isso.',
        'Gerencie o Azure por meio do controle de acesso baseado em função (RBAC) do Azure e confirme com o suporte do Partner Center como o acesso de administrador é concedido nesta nuvem.',
        'Nesta nuvem, as permissões de administrador fazem parte da solicitação de relação. A Microsoft documenta que o GDAP não está disponível lá: confirme com o suporte do Partner Center como o acesso de administrador é concedido.',
        'Depois da transferência, confirme com o suporte do Partner Center como o acesso de administrador é concedido nesta nuvem; o cliente remove o acesso de administrador do parceiro antigo. Como provedor indireto, defina seu revendedor como parceiro de registro.',
      ],
      'hu-HU': [
        'A Microsoft Cloud for US Government Partnerközpontjában a rendszergazdai engedélyek a kapcsolatkérés részei, és nem hagyhatók ki. A Microsoft dokumentációja szerint a GDAP ott nem érhető el: a Partnerközpont támogatási szolgálatánál tisztázza, hogyan kaphat rendszergazdai hozzáférést.',
        'Hozza létre a viszonteladói kapcsolatot a rendszergazdai engedélyekkel együtt ugyanúgy, mint támogatásnál, hogy addig is segíthessen az ügyfélnek.',
        'Az Azure-t Azure szerepköralapú hozzáférés-vezérléssel (Azure RBAC) kezelje, és a Partnerközpont támogatási szolgálatánál tisztázza, hogyan kaphat rendszergazdai hozzáférést ebben a felhőben.',
        'Ebben a felhőben a rendszergazdai engedélyek a kapcsolatkérés részei. A Microsoft dokumentációja szerint a GDAP ott nem érhető el: a Partnerközpont támogatási szolgálatánál tisztázza, hogyan kaphat rendszergazdai hozzáférést.',
        'Az átadás után a Partnerközpont támogatási szolgálatánál tisztázza, hogyan kaphat rendszergazdai hozzáférést ebben a felhőben; az ügyfél eltávolítja a korábbi partner rendszergazdai hozzáférését. Közvetett szolgáltatóként állítsa be a viszonteladóját nyilvántartott partnerként.',
      ],
    },
    old: {
      'en-US': [
        'The relationship gives you no administrator access: an Admin agent requests granular delegated admin privileges (GDAP) with the least-privileged roles support needs. The customer has 90 days to approve; access lasts up to two years and can extend itself by 180 days.',
        "Once the customer approves, assign access: give your security groups the relationship's roles (access assignments). Until then nobody in your organization can administer the customer.",
        'Set up the reseller relationship and GDAP as for support, so you can help the customer meanwhile.',
        'Manage Azure through GDAP and Azure role-based access control (RBAC).',
        'Once the customer accepts, request GDAP with the roles you need for support.',
        "Once the customer approves, assign access: give your security groups the relationship's roles (access assignments).",
        "After the transfer, request GDAP and assign access to your security groups; the customer removes the old partner's GDAP relationship. As an indirect provider, set your reseller as the partner of record.",
      ],
      'ru-RU': [
        'Сами отношения не дают доступа администратора: пользователь с ролью «Агент администратора» запрашивает детализированные делегированные права администратора (GDAP) с минимальными ролями, нужными для поддержки. На одобрение у клиента 90 дней; доступ действует до двух лет и может автоматически продлеваться на 180 дней.',
        'Когда клиент одобрит запрос, назначьте доступ: предоставьте группам безопасности вашей организации роли из этих отношений (назначения доступа). До этого никто в вашей организации не может администрировать клиента.',
        'Установите отношения торгового посредника и запросите GDAP, как для поддержки, чтобы тем временем помогать клиенту.',
        'Управляйте Azure через GDAP и управление доступом на основе ролей Azure (RBAC).',
        'Когда клиент примет запрос, запросите GDAP с ролями, нужными для поддержки.',
        'Когда клиент одобрит запрос, назначьте доступ: предоставьте группам безопасности вашей организации роли из этих отношений (назначения доступа).',
        'После передачи запросите GDAP и назначьте доступ группам безопасности; клиент удаляет отношения GDAP старого партнера. Если вы косвенный поставщик, укажите своего торгового посредника как партнера записи.',
      ],
      'zh-CN': [
        '经销商关系不包含管理员访问权限：由管理员代理请求精细委派管理员权限（GDAP），只选择支持工作所需的最低权限角色。客户须在 90 天内批准；访问权限最长两年，可自动延长 180 天。',
        '客户批准后，请分配访问权限：将该关系中的角色分配给您的安全组（访问权限分配）。在此之前，您组织中的任何人都无法管理该客户。',
        '按支持情形的步骤建立经销商关系并请求 GDAP，以便在此期间为客户提供帮助。',
        '通过 GDAP 和 Azure 基于角色的访问控制（RBAC）管理 Azure。',
        '客户接受后，按支持工作所需的角色请求 GDAP。',
        '客户批准后，请分配访问权限：将该关系中的角色分配给您的安全组（访问权限分配）。',
        '转移后，请求 GDAP 并为您的安全组分配访问权限；客户删除原合作伙伴的 GDAP 关系。如果您是间接提供商，请将您的经销商设置为记录合作伙伴。',
      ],
      'pt-BR': [
        'A relação não dá acesso de administrador: um Agente administrativo solicita privilégios de administrador delegado granular (GDAP) com as funções de menor privilégio de que o suporte precisa. O cliente tem 90 dias para aprovar; o acesso dura até dois anos e pode ser estendido automaticamente por 180 dias.',
        'Depois que o cliente aprovar, atribua o acesso: dê aos seus grupos de segurança as funções da relação (atribuições de acesso). Até lá, ninguém da sua organização pode administrar o cliente.',
        'Estabeleça a relação de revendedor e o GDAP como no caso de suporte, para poder ajudar o cliente enquanto isso.',
        'Gerencie o Azure por meio do GDAP e do controle de acesso baseado em função (RBAC) do Azure.',
        'Depois que o cliente aceitar, solicite o GDAP com as funções de que você precisa para o suporte.',
        'Depois que o cliente aprovar, atribua o acesso: dê aos seus grupos de segurança as funções da relação (atribuições de acesso).',
        'Depois da transferência, solicite o GDAP e atribua o acesso aos seus grupos de segurança; o cliente remove a relação GDAP do parceiro antigo. Como provedor indireto, defina seu revendedor como parceiro de registro.',
      ],
      'hu-HU': [
        'A kapcsolat nem ad rendszergazdai hozzáférést: egy rendszergazdai ügynök részletes delegált rendszergazdai jogosultságokat (GDAP) kér, a támogatáshoz szükséges legkisebb jogosultságú szerepkörökkel. Az ügyfélnek 90 napja van a jóváhagyásra; a hozzáférés legfeljebb két évig érvényes, és automatikusan meghosszabbodhat 180 nappal.',
        'Miután az ügyfél jóváhagyta, rendelje hozzá a hozzáférést: adja meg a biztonsági csoportjainak a kapcsolat szerepköreit (hozzáférés-hozzárendelések). Addig a szervezetében senki sem felügyelheti az ügyfelet.',
        'Hozza létre a viszonteladói kapcsolatot és a GDAP-hozzáférést ugyanúgy, mint támogatásnál, hogy addig is segíthessen az ügyfélnek.',
        'Az Azure-t GDAP-jogosultságokkal és Azure szerepköralapú hozzáférés-vezérléssel (Azure RBAC) kezelje.',
        'Miután az ügyfél elfogadta, kérjen GDAP-hozzáférést a támogatáshoz szükséges szerepkörökkel.',
        'Miután az ügyfél jóváhagyta, rendelje hozzá a hozzáférést: adja meg a biztonsági csoportjainak a kapcsolat szerepköreit (hozzáférés-hozzárendelések).',
        'Az átadás után kérjen GDAP-hozzáférést, és rendelje hozzá a biztonsági csoportjaihoz; az ügyfél eltávolítja a korábbi partner GDAP-kapcsolatát. Közvetett szolgáltatóként állítsa be a viszonteladóját nyilvántartott partnerként.',
      ],
    },
  },
  E7: {
    corrected: {
      'en-US': ["GDAP doesn't cover subscriptions bought through an Enterprise Agreement: ask Microsoft how the customer can give you access to them."],
      'ru-RU': [
        'GDAP не распространяются на подписки, купленные по Соглашению Enterprise: узнайте у Майкрософт, как клиент может предоставить вам доступ к ним.',
      ],
      'zh-CN': ['GDAP 不支持通过企业协议购买的订阅：请向 Microsoft 咨询客户如何授予您对这些订阅的访问权限。'],
      'pt-BR': ['O GDAP não abrange assinaturas compradas por meio de um Contrato Enterprise: pergunte à Microsoft como o cliente pode lhe dar acesso a elas.'],
      'hu-HU': [
        'A GDAP nem terjed ki a Nagyvállalati Szerződés keretében vásárolt előfizetésekre: kérdezze meg a Microsoftot, hogyan adhat az ügyfél hozzáférést ezekhez.',
      ],
    },
    old: {
      'en-US': [
        'The relationship gives you no administrator access: an Admin agent requests granular delegated admin privileges (GDAP) with the least-privileged roles support needs. The customer has 90 days to approve; access lasts up to two years and can extend itself by 180 days.',
        "Once the customer approves, assign access: give your security groups the relationship's roles (access assignments). Until then nobody in your organization can administer the customer.",
      ],
      'ru-RU': [
        'Сами отношения не дают доступа администратора: пользователь с ролью «Агент администратора» запрашивает детализированные делегированные права администратора (GDAP) с минимальными ролями, нужными для поддержки. На одобрение у клиента 90 дней; доступ действует до двух лет и может автоматически продлеваться на 180 дней.',
        'Когда клиент одобрит запрос, назначьте доступ: предоставьте группам безопасности вашей организации роли из этих отношений (назначения доступа). До этого никто в вашей организации не может администрировать клиента.',
      ],
      'zh-CN': [
        '经销商关系不包含管理员访问权限：由管理员代理请求精细委派管理员权限（GDAP），只选择支持工作所需的最低权限角色。客户须在 90 天内批准；访问权限最长两年，可自动延长 180 天。',
        '客户批准后，请分配访问权限：将该关系中的角色分配给您的安全组（访问权限分配）。在此之前，您组织中的任何人都无法管理该客户。',
      ],
      'pt-BR': [
        'A relação não dá acesso de administrador: um Agente administrativo solicita privilégios de administrador delegado granular (GDAP) com as funções de menor privilégio de que o suporte precisa. O cliente tem 90 dias para aprovar; o acesso dura até dois anos e pode ser estendido automaticamente por 180 dias.',
        'Depois que o cliente aprovar, atribua o acesso: dê aos seus grupos de segurança as funções da relação (atribuições de acesso). Até lá, ninguém da sua organização pode administrar o cliente.',
      ],
      'hu-HU': [
        'A kapcsolat nem ad rendszergazdai hozzáférést: egy rendszergazdai ügynök részletes delegált rendszergazdai jogosultságokat (GDAP) kér, a támogatáshoz szükséges legkisebb jogosultságú szerepkörökkel. Az ügyfélnek 90 napja van a jóváhagyásra; a hozzáférés legfeljebb két évig érvényes, és automatikusan meghosszabbodhat 180 nappal.',
        'Miután az ügyfél jóváhagyta, rendelje hozzá a hozzáférést: adja meg a biztonsági csoportjainak a kapcsolat szerepköreit (hozzáférés-hozzárendelések). Addig a szervezetében senki sem felügyelheti az ügyfelet.',
      ],
    },
  },
  E8: {
    corrected: {
      'en-US': [
        "Microsoft's page on migrating customers between partner tenants applies to Partner Center for Microsoft Cloud for US Government and covers new-commerce licence transfers. For anything it doesn't answer, confirm with Partner Center support.",
      ],
      'ru-RU': [
        'Страница Майкрософт о переносе клиентов между тенантами партнеров относится и к Центру партнеров для Microsoft Cloud for US Government и охватывает передачу подписок на основе лицензий новой коммерческой модели. Все, на что она не отвечает, уточните в службе поддержки Центра партнеров.',
      ],
      'zh-CN': [
        'Microsoft 关于在合作伙伴租户之间迁移客户的页面适用于 Microsoft Cloud for US Government 合作伙伴中心，并涵盖新商务基于许可证的订阅的转移。该页面未说明的事项，请向合作伙伴中心支持部门确认。',
      ],
      'pt-BR': [
        'A página da Microsoft sobre migrar clientes entre locatários de parceiros se aplica ao Partner Center para o Microsoft Cloud for US Government e abrange transferências de assinaturas baseadas em licença do novo comércio. Para o que ela não responder, confirme com o suporte do Partner Center.',
      ],
      'hu-HU': [
        'A Microsoft ügyfelek partnerbérlők közötti migrálásáról szóló oldala a Microsoft Cloud for US Government Partnerközpontjára is vonatkozik, és kitér az új kereskedelmi élményben vásárolt licencalapú előfizetések átadására. Amire nem ad választ, azt a Partnerközpont támogatási szolgálatával tisztázza.',
      ],
    },
    old: {
      'en-US': [
        "Microsoft's transfer pages don't say whether they cover Partner Center for Microsoft Cloud for US Government: confirm with Partner Center support before you start.",
      ],
      'ru-RU': [
        'На страницах Майкрософт о передаче не сказано, распространяются ли они на Центр партнеров для Microsoft Cloud for US Government: прежде чем начинать, уточните это в службе поддержки Центра партнеров.',
      ],
      'zh-CN': ['Microsoft 有关转移的页面未说明是否适用于 Microsoft Cloud for US Government 合作伙伴中心。开始之前，请先向合作伙伴中心支持部门确认。'],
      'pt-BR': [
        'As páginas de transferência da Microsoft não dizem se abrangem o Partner Center para o Microsoft Cloud for US Government: confirme com o suporte do Partner Center antes de começar.',
      ],
      'hu-HU': [
        'A Microsoft átadásokról szóló oldalai nem mondják ki, hogy vonatkoznak-e a Microsoft Cloud for US Government Partnerközpontjára: mielőtt belekezd, egyeztessen a Partnerközpont támogatási szolgálatával.',
      ],
    },
  },
  E9: {
    corrected: {
      'en-US': ["Microsoft's pages disagree on whether GDAP is available in Partner Center operated by 21Vianet: confirm with 21Vianet before you rely on it."],
      'ru-RU': [
        'Страницы Майкрософт расходятся в том, доступны ли GDAP в Центре партнеров под управлением 21Vianet: прежде чем на них полагаться, уточните у 21Vianet.',
      ],
      'zh-CN': ['关于由世纪互联运营的合作伙伴中心是否提供 GDAP，Microsoft 的页面说法不一：依赖 GDAP 之前，请先向世纪互联确认。'],
      'pt-BR': [
        'As páginas da Microsoft divergem sobre a disponibilidade do GDAP no Partner Center operado pela 21Vianet: confirme com a 21Vianet antes de contar com ele.',
      ],
      'hu-HU': [
        'A Microsoft oldalai eltérnek abban, hogy a 21Vianet által üzemeltetett Partnerközpontban elérhető-e a GDAP: mielőtt számítana rá, egyeztessen a 21Vianettel.',
      ],
    },
    old: {
      'en-US': [],
      'ru-RU': [],
      'zh-CN': [],
      'pt-BR': [],
      'hu-HU': [],
    },
  },
  E10: {
    corrected: {
      'en-US': [
        "Turn off recurring billing on the originals so they end at the end of their term, and start the CSP subscriptions then. A new-commerce subscription can be cancelled only within 7 days of purchase or renewal, not near the end of its term; Enterprise Agreement and Volume Licensing subscriptions end at their agreement's dates.",
      ],
      'ru-RU': [
        'Отключите у исходных подписок регулярное выставление счетов, чтобы они закончились в конце срока, и начните подписки CSP с этой даты. Подписку новой коммерческой модели (NCE) можно отменить только в течение 7 дней после покупки или продления, а не ближе к концу срока; подписки по Соглашению Enterprise и корпоративному лицензированию заканчиваются в сроки своего соглашения.',
      ],
      'zh-CN': [
        '关闭原订阅的定期计费，使其在期限结束时到期，并从那时起开始 CSP 订阅。新商务订阅只能在购买或续订后 7 天内取消，无法在期限即将结束时取消；企业协议和批量许可的订阅按其协议日期结束。',
      ],
      'pt-BR': [
        'Desative a cobrança recorrente das assinaturas originais para que terminem no fim do período e comece as assinaturas do CSP nessa data. Uma assinatura do novo comércio só pode ser cancelada até 7 dias após a compra ou a renovação, não perto do fim do período; as assinaturas de Contrato Enterprise e de Licenciamento por Volume terminam nas datas do contrato.',
      ],
      'hu-HU': [
        'Kapcsolja ki az eredeti előfizetések ismétlődő számlázását, hogy az időszakuk végén lejárjanak, és a CSP-előfizetéseket akkor indítsa. Az új kereskedelmi élményben vásárolt előfizetés csak a vásárlást vagy megújítást követő 7 napon belül mondható le, az időszak vége felé nem; a Nagyvállalati Szerződés és a mennyiségi licencelés előfizetései a szerződésük dátumain járnak le.',
      ],
    },
    old: {
      'en-US': ["Let the original subscriptions end, or cancel them near the end of their term: cancellations aren't refunded."],
      'ru-RU': ['Дайте исходным подпискам закончиться или отмените их ближе к концу срока: деньги за отмененные подписки не возвращаются.'],
      'zh-CN': ['让原订阅到期结束，或在期限即将结束时取消：取消的订阅不予退款。'],
      'pt-BR': ['Deixe as assinaturas originais terminarem ou cancele-as perto do fim do período: cancelamentos não são reembolsados.'],
      'hu-HU': [
        'Az ügyfél hagyja lejárni az eredeti előfizetéseket, vagy röviddel az időszakuk vége előtt mondja le őket: a lemondott előfizetésekért nem jár visszatérítés.',
      ],
    },
  },
  E12: {
    corrected: {
      'en-US': ['Multi-partner: you can work with this customer too'],
      'ru-RU': ['Несколько партнеров: вы тоже можете работать с этим клиентом'],
      'zh-CN': ['多合作伙伴：您也可以与此客户合作'],
      'pt-BR': ['Multiparceiro: você também pode trabalhar com este cliente'],
      'hu-HU': ['Többpartneres eset: Ön is dolgozhat ezzel az ügyféllel'],
    },
    old: {
      'en-US': ['Not covered by multi-channel'],
      'ru-RU': ['Не относится к поддержке нескольких каналов'],
      'zh-CN': ['不属于多渠道支持范围'],
      'pt-BR': ['Não coberto pelo suporte multicanal'],
      'hu-HU': ['Nem tartozik a többcsatornás támogatás körébe'],
    },
  },
};
