import { SquareTwoStack } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Input, Label, Skeleton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState, type FormEvent, type ReactNode } from "react"
import { messageOf, useCooperativeMembers, useMemberActions, type Cooperative } from "../lib/cooperatives.js"

const dateTime = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short" })
const formatDateTime = (iso: string) => dateTime.format(new Date(iso))

type Row = { id: string; cells: string[]; action: ReactNode }

/** A table of people, one button on each row. */
function Rows({ headers, rows, empty }: { headers: string[]; rows: Row[]; empty?: string }) {
  if (!rows.length) return empty ? <Text size="small" className="text-ui-fg-muted px-6 py-4">{empty}</Text> : null
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {headers.map((h) => <Table.HeaderCell key={h}>{h}</Table.HeaderCell>)}
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.id}>
            {row.cells.map((cell, i) => <Table.Cell key={i}>{cell}</Table.Cell>)}
            <Table.Cell className="text-right">{row.action}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** The invitation just sent: its link is in no later answer, so it shows here until the next invitation. */
function SentInvite({ email, url }: { email: string; url: string }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      toast.success("Link copied")
    } catch {
      toast.error("Could not copy: select the link and copy it by hand")
    }
  }
  return (
    <Alert variant="success">
      <div className="flex flex-col gap-y-2">
        <Text size="small">邀请链接已发送 · The invitation link was sent to {email}. It is shown here this once:</Text>
        <div className="flex items-center gap-x-2">
          <code data-testid="invite-link" className="bg-ui-bg-subtle txt-compact-small select-all break-all rounded px-2 py-1">
            {url}
          </code>
          <Button size="small" variant="secondary" type="button" onClick={copy}>
            <SquareTwoStack /> Copy
          </Button>
        </div>
      </div>
    </Alert>
  )
}

function InviteForm({ cooperativeId }: { cooperativeId: string }) {
  const { invite } = useMemberActions(cooperativeId)
  const [email, setEmail] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState<{ email: string; url: string } | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    setSent(null)
    try {
      const { invite: created, url } = await invite.mutateAsync(email.trim())
      setSent({ email: created.email, url })
      setEmail("")
    } catch (err) {
      setError(messageOf(err))
    }
  }

  // noValidate: the API's own message ("x is already a member…", "email must be…") is the one to show.
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <form onSubmit={submit} noValidate className="flex items-end gap-x-2">
        <div className="flex flex-1 flex-col gap-y-1.5">
          <Label size="small" weight="plus" htmlFor="invite-email">邀请管理员 Invite manager (email)</Label>
          <Input id="invite-email" data-testid="invite-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} placeholder="manager@example.com" />
        </div>
        <Button size="small" type="submit" data-testid="invite-submit" isLoading={invite.isPending}>
          邀请 Invite
        </Button>
      </form>
      {error && <Alert variant="error" role="alert">{error}</Alert>}
      {sent && <SentInvite {...sent} />}
    </div>
  )
}

/** A cooperative's managers (co-op portal logins) and its open invitations, with inviting, removing and withdrawing. */
export function CooperativeMembers({ cooperative }: { cooperative: Cooperative }) {
  const { data, isLoading, isError, error } = useCooperativeMembers(cooperative.id)
  const { remove, withdraw } = useMemberActions(cooperative.id)
  const prompt = usePrompt()

  /** Runs a change and says in a toast how it went. */
  const run = async (change: Promise<unknown>, done: string, failed: string, email: string) => {
    try {
      await change
      toast.success(done, { description: email })
    } catch (err) {
      toast.error(failed, { description: messageOf(err) })
    }
  }
  const onRemove = async (member: { id: string; email: string }) => {
    const confirmed = await prompt({
      title: `移除 Remove ${member.email}?`,
      description: `They can no longer sign in to the co-op portal of ${cooperative.name_zh}; a session they hold stops working at once.`,
      confirmText: "Remove",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (confirmed) await run(remove.mutateAsync(member.id), "Member removed", "Could not remove the member", member.email)
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">成员 Members</Heading>
        <Text size="small" className="text-ui-fg-subtle">Managers who sign in to the co-op portal for this cooperative</Text>
      </div>
      {isLoading && <div className="px-6 py-4" aria-busy="true"><Skeleton className="h-16 w-full" /></div>}
      {isError && <div className="px-6 py-4"><Alert variant="error">Could not load the members: {error.message}</Alert></div>}
      {data && (
        <Rows
          headers={["邮箱 Email", "姓名 Name", "加入 Since"]}
          empty="No managers yet: invite one below."
          rows={data.members.map((m) => ({
            id: m.id,
            cells: [m.email, m.name ?? "–", formatDateTime(m.created_at)],
            action: <Button size="small" variant="transparent" aria-label={`Remove ${m.email}`} onClick={() => onRemove(m)}>Remove</Button>,
          }))}
        />
      )}
      {data && (
        <Rows
          headers={["待接受的邀请 Open invitations", "到期 Expires"]}
          rows={data.invites.map((i) => ({
            id: i.id,
            cells: [i.email, formatDateTime(i.expires_at)],
            action: (
              <Button size="small" variant="transparent" aria-label={`Withdraw the invitation of ${i.email}`} disabled={withdraw.isPending}
                onClick={() => run(withdraw.mutateAsync(i.id), "Invitation withdrawn", "Could not withdraw the invitation", i.email)}>
                Withdraw
              </Button>
            ),
          }))}
        />
      )}
      <InviteForm cooperativeId={cooperative.id} />
    </Container>
  )
}
